package org.licensedesk.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.history.HistoryFilter;
import picocli.CommandLine.Option;

/**
 * The history filter's command-line options ({@code @Mixin HistoryOptions filter;}): {@code --from DATE --to DATE
 * --actor USER --actions A,B --outcome STATUS --element SYMBOL --control-code PREFIX --country CC --applicant TEXT
 * --note TEXT --references REF,REF}; all optional, combined with AND, days in the desk's time zone.
 */
final class HistoryOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "Entries from this day on (YYYY-MM-DD, the desk's "
            + "time zone).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Entries up to and including this day.")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "USER", description = "Entries this official wrote.")
    String actor;

    @Option(names = "--actions", paramLabel = "A,B", description = "Entries with one of these actions, such as "
            + "APPROVED,DENIED.")
    String actions;

    @Option(names = "--outcome", paramLabel = "STATUS", description = "Entries of applications that ended so, such "
            + "as DENIED.")
    String outcome;

    @Option(names = "--element", paramLabel = "SYMBOL", description = "Entries of applications with an item of this "
            + "element, such as Dy.")
    String element;

    @Option(names = "--control-code", paramLabel = "PREFIX", description = "Entries of applications with an item "
            + "whose control code starts so, such as 1C905.")
    String controlCode;

    @Option(names = "--country", paramLabel = "CC", description = "Entries of applications whose end user "
            + "is in this country (ISO code, such as JP).")
    String country;

    @Option(names = "--applicant", paramLabel = "TEXT", description = "Entries of applications whose "
            + "applicant's name contains the text.")
    String applicant;

    @Option(names = "--note", paramLabel = "TEXT", description = "Entries whose note has words starting as the "
            + "text's words and contains the whole text (any case).")
    String note;

    @Option(names = "--references", paramLabel = "REF,REF", description = "Entries of these applications.")
    String references;

    HistoryFilter filter() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        Set<AuditAction> chosenActions = EnumSet.noneOf(AuditAction.class);
        for (String name : list(actions)) {
            chosenActions.add(parse(AuditAction.class, name, "--actions"));
        }
        ApplicationStatus chosenOutcome = outcome == null ? null : parse(ApplicationStatus.class, outcome, "--outcome");
        return new HistoryFilter(from, to, actor, chosenActions, chosenOutcome, element, controlCode, country,
                applicant, note, list(references));
    }

    private static Set<String> list(String text) {
        if (text == null) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String option) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " does not know " + Sentences.quoted(name) + "; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
