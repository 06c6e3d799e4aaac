package org.licensedesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.User;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.history.HistoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-history}: times the decision history's first page and the page after it for common filters
 * and prints the figures; a supervisor signs in, as for the History window.
 */
@Command(name = "benchmark-history", description = {
        "Time the decision history's pages for common filters (supervisors).",
        "The first page and the page after it; a supervisor signs in, as for the History window."})
public final class BenchmarkHistoryCommand extends DeskCommand {
    private final BackendOpener opener;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", converter = Values.PositiveNumber.class,
            description = "How many times each figure is measured (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--only", paramLabel = "TEXT", defaultValue = "",
            description = "Only the filters whose label contains TEXT, such as note.")
    String only;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public BenchmarkHistoryCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    BenchmarkHistoryCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (filters(LocalDate.EPOCH).keySet().stream().noneMatch(label -> label.contains(only))) {
            throw new UsageException("--only " + Sentences.quoted(only) + " is in no filter's label; try note, actor "
                    + "or applicant");
        }
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            HistoryService history = backend.history();
            NoteIndex.ensure(history, err);
            HistoryPage newest = history.firstPage(user, HistoryFilter.ANY, HistorySort.NEWEST_FIRST);
            if (newest.entries().isEmpty()) {
                throw new CommandFailure("the audit trail is empty; run generate N first");
            }
            LocalDate last = LocalDate.ofInstant(Instant.parse(newest.entries().get(0).at()), history.zone());
            out.printf("database %s, newest entry seq %,d on %s; %d runs each, pages of %d%n",
                    backend.storeDescription(), newest.entries().get(0).seq(), last, runs, HistoryService.PAGE_SIZE);
            out.printf("%-44s %13s %13s %6s%n", "filter (newest first)", "first page ms", "next page ms", "rows");
            for (Map.Entry<String, HistoryFilter> filter : filters(last).entrySet()) {
                if (!filter.getKey().contains(only)) {
                    continue;
                }
                long[] first = new long[runs];
                long[] next = new long[runs];
                HistoryPage page = null;
                for (int i = 0; i < runs; i++) {
                    HistoryPage[] read = new HistoryPage[1];
                    first[i] = millis(() -> read[0] = history.firstPage(user, filter.getValue(),
                            HistorySort.NEWEST_FIRST));
                    page = read[0];
                    HistoryPage from = page;
                    next[i] = from.hasMore()
                            ? millis(() -> history.nextPage(user, filter.getValue(), HistorySort.NEWEST_FIRST, from))
                            : 0;
                }
                out.printf("%-44s %6d /%5d %6d /%5d %6d%n", filter.getKey(), first[0], median(first), next[0],
                        median(next), page.entries().size());
            }
            out.println("(ms: first run / median)");
        }
    }

    private static Map<String, HistoryFilter> filters(LocalDate last) {
        HistoryFilter any = HistoryFilter.ANY;
        Set<AuditAction> decisions = EnumSet.of(AuditAction.APPROVED, AuditAction.DENIED, AuditAction.SENT_BACK);
        Map<String, HistoryFilter> filters = new LinkedHashMap<>();
        filters.put("all entries", any);
        filters.put("last 7 days", any.withDays(last.minusDays(6), last));
        filters.put("a day 90 days back", any.withDays(last.minusDays(90), last.minusDays(90)));
        filters.put("actor li.na", any.withActor("li.na"));
        filters.put("action APPROVED", any.withActions(EnumSet.of(AuditAction.APPROVED)));
        filters.put("actions APPROVED, DENIED, SENT_BACK", any.withActions(decisions));
        filters.put("actor zhao.lei + action DENIED",
                any.withActor("zhao.lei").withActions(EnumSet.of(AuditAction.DENIED)));
        filters.put("action AUDIT_EXPORTED (rare)", any.withActions(EnumSet.of(AuditAction.AUDIT_EXPORTED)));
        filters.put("outcome DENIED", any.withOutcome(ApplicationStatus.DENIED));
        filters.put("element Tb", part(null, "Tb", null, null, null));
        filters.put("control code 1C905", part(null, null, "1C905", null, null));
        filters.put("end user in JP", part(null, null, null, "JP", null));
        filters.put("applicant 'ganzhou'", part(null, null, null, null, "ganzhou"));
        filters.put("applicant '赣州'", part(null, null, null, null, "赣州"));
        filters.put("note 'end-user'", any.withNoteText("end-user"));
        filters.put("APPROVED + Dy + last 30 days",
                part(ApplicationStatus.APPROVED, "Dy", null, null, null).withDays(last.minusDays(29), last));
        filters.put("note 'no such text'", any.withNoteText("no such text"));
        filters.put("note 'courier'", any.withNoteText("courier"));
        filters.put("note 'file' (common)", any.withNoteText("file"));
        filters.put("note 'xylophone' (found nowhere)", any.withNoteText("xylophone"));
        filters.put("note 'xylophone' + actor li.na", any.withNoteText("xylophone").withActor("li.na"));
        return filters;
    }

    private static HistoryFilter part(ApplicationStatus outcome, String element, String code, String country,
            String applicant) {
        return new HistoryFilter(null, null, null, Set.of(), outcome, element, code, country, applicant, null,
                Set.of());
    }

    private static long millis(Supplier<Object> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
