package org.licensedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.history.HistoryFilter;

/**
 * The history filter's command-line options: {@code --from DATE --to DATE --actor USER --actions A,B
 * --outcome STATUS --element SYMBOL --control-code PREFIX --country CC --applicant TEXT --note TEXT
 * --references REF,REF}; all optional, combined with AND, days in the desk's time zone.
 */
final class HistoryOptions {
    static final Set<String> NAMES = Set.of("from", "to", "actor", "actions", "outcome", "element", "control-code",
            "country", "applicant", "note", "references");
    static final String USAGE = "[--from DATE] [--to DATE] [--actor USER] [--actions A,B] [--outcome STATUS] "
            + "[--element SYMBOL] [--control-code PREFIX] [--country CC] [--applicant TEXT] [--note TEXT] "
            + "[--references REF,REF]";

    private HistoryOptions() {
    }

    static HistoryFilter filter(CommandLine arguments) {
        LocalDate from = arguments.option("from").map(HistoryOptions::date).orElse(null);
        LocalDate to = arguments.option("to").map(HistoryOptions::date).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        Set<AuditAction> actions = EnumSet.noneOf(AuditAction.class);
        for (String name : list(arguments, "actions")) {
            actions.add(parse(AuditAction.class, name, "--actions"));
        }
        ApplicationStatus outcome = arguments.option("outcome")
                .map(name -> parse(ApplicationStatus.class, name, "--outcome")).orElse(null);
        return new HistoryFilter(from, to, arguments.option("actor").orElse(null), actions, outcome,
                arguments.option("element").orElse(null), arguments.option("control-code").orElse(null),
                arguments.option("country").orElse(null), arguments.option("applicant").orElse(null),
                arguments.option("note").orElse(null), list(arguments, "references"));
    }

    private static Set<String> list(CommandLine arguments, String name) {
        return arguments.option(name).stream()
                .flatMap(text -> Arrays.stream(text.split(",")))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String option) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " does not know " + name + "; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("dates are YYYY-MM-DD, not " + text);
        }
    }
}
