package org.licensedesk.cli;

import static org.licensedesk.cli.BenchmarkRuns.time;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.partyhistory.PartyHistoryService;
import org.licensedesk.queue.QueueField;
import org.licensedesk.queue.QueueIndex;
import org.licensedesk.queue.QueueService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-queue}: times what a reviewer waits for in the queue (loading the open applications,
 * building the filter index, filtering, sorting, loading one application's details, its related applications and
 * the applicants denied in the last 3 years) and prints the figures.
 */
@Command(name = "benchmark-queue", description = {"Time the queue's loads, filters, sorts and look-ups.",
        "Loading the open applications, the filter index, filtering, sorting, the queue paged and counted by the "
                + "database, one application's details, related applications and the applicants denied in the last 3 years."})
public final class BenchmarkQueueCommand extends DeskCommand {
    private static final List<String> FILTERS = List.of("ganzhou", "de", "1c905", "exp-2026-0001", "no such text");

    /** Rows a paged queue fetches at a time: more than a 1440×900 window shows. */
    private static final int PAGE = 200;

    private final BackendOpener opener;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Values.PositiveNumber.class,
            description = "How many times each figure is measured (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    DatabaseOption database;

    public BenchmarkQueueCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            QueueService queue = backend.queue();
            out.printf("database %s, %d runs each; milliseconds: first / median / max%n",
                    backend.storeDescription(), runs);
            List<QueueRow> rows = time(out, "load open applications", runs,
                    () -> queue.queue(ApplicationStatus.openStatuses()));
            out.printf("  (%,d open applications)%n", rows.size());
            QueueIndex index = time(out, "build filter index", runs, () -> QueueIndex.build(rows));
            for (String filter : FILTERS) {
                List<QueueRow> shown = time(out, "filter '" + filter + "'", runs, () -> index.select(filter, null));
                out.printf("  (%,d shown)%n", shown.size());
            }
            for (QueueField field : List.of(QueueField.DAYS_LEFT, QueueField.VALUE, QueueField.APPLICANT)) {
                // A fresh comparator each run: the index skips sorting when the order is unchanged.
                time(out, "sort by " + field.name().toLowerCase(), runs,
                        () -> QueueIndex.build(rows).select("", field.ascending().thenComparing(QueueRow::reference)));
            }
            timePages(out, runs, queue, rows);
            List<String> references = sample(rows, 20);
            time(out, "details of one application", references.size(), cycling(references, queue::details));
            timeParties(out, runs, backend.partyHistory(), references);
        }
    }

    /** The Related tab of the sampled applications, and the denial set the queue filter loads with the queue. */
    private static void timeParties(PrintWriter out, int runs, PartyHistoryService parties, List<String> references) {
        List<RelatedApplications> related = new ArrayList<>();
        time(out, "related applications", references.size(), cycling(references, reference -> {
            RelatedApplications found = parties.related(reference);
            related.add(found);
            return found;
        }));
        IntSummaryStatistics sizes = related.stream().mapToInt(found -> found.newestFirst().size())
                .summaryStatistics();
        out.printf("  (%,d to %,d related shown, %,.0f on average; %d of %d capped at %d)%n", sizes.getMin(),
                sizes.getMax(), sizes.getAverage(), related.stream().filter(RelatedApplications::more).count(),
                related.size(), PartyHistoryService.RELATED_LIMIT);
        Set<String> denied = time(out, "applicants denied in 3 years", runs,
                () -> parties.applicantDeniedRecently(ApplicationStatus.openStatuses()));
        out.printf("  (%,d open applications marked)%n", denied.size());
    }

    /**
     * The queue paged by the database ({@link QueueService#page}, {@link QueueService#count}): a first page with
     * its count (what a view shows on opening, switching inbox or typing), and a page from the middle.
     */
    private static void timePages(PrintWriter out, int runs, QueueService queue, List<QueueRow> rows) {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        List<QueueQuery> queries = new ArrayList<>(List.of(open, QueueQuery.of(Set.of(ApplicationStatus.SUBMITTED)),
                open.onlyUnassigned()));
        rows.stream().map(QueueRow::assignee).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(someone -> queries.add(open.withAssignee(someone)));
        FILTERS.forEach(filter -> queries.add(open.withText(filter)));
        for (QueueQuery query : queries) {
            String label = label(query);
            List<QueueRow> page = time(out, "page " + PAGE + ": " + label, runs, () -> queue.page(query, null, PAGE));
            long count = time(out, "count: " + label, runs, () -> queue.count(query));
            out.printf("  (%,d shown of %,d)%n", page.size(), count);
        }
        if (!rows.isEmpty()) {
            QueueKey middle = QueueKey.of(rows.get(rows.size() / 2));
            time(out, "page " + PAGE + " from the middle", runs, () -> queue.page(open, middle, PAGE));
        }
    }

    private static String label(QueueQuery query) {
        if (query.text() != null) {
            return "text '" + query.text() + "'";
        }
        if (query.unassigned()) {
            return "unassigned";
        }
        if (query.assignee() != null) {
            return "assignee " + query.assignee();
        }
        return query.statuses().size() == 1 ? query.statuses().iterator().next().name().toLowerCase() : "open";
    }

    /** Work on the next reference of the list each time it is called, round and round. */
    private static <T> Supplier<T> cycling(List<String> references, Function<String, T> work) {
        int[] next = {0};
        return () -> work.apply(references.get(next[0]++ % references.size()));
    }

    private static List<String> sample(List<QueueRow> rows, int count) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count && !rows.isEmpty(); i++) {
            references.add(rows.get((int) ((long) i * rows.size() / count)).reference());
        }
        if (references.isEmpty()) {
            throw new CommandFailure("no open applications to measure; run generate N first");
        }
        return references;
    }
}
