package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.team.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-team}: times what a supervisor waits for in the Team view (the workload lines, the busiest
 * reviewer's cases, the unassigned cases) and the check of the audit chain on sign-in, and prints the figures.
 */
@Command(name = "benchmark-team", description = {"Time the Team view's loads and the audit chain check.",
        "The workload lines, the busiest reviewer's cases, the unassigned cases and the chain check on sign-in."})
public final class BenchmarkTeamCommand extends DeskCommand {
    private final BackendOpener opener;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Values.PositiveNumber.class,
            description = "How many times each figure is measured (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    DatabaseOption database;

    public BenchmarkTeamCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            TeamService team = backend.team();
            out.printf("database %s, %d runs each; milliseconds: first / median / max%n",
                    backend.storeDescription(), runs);
            List<ReviewerWorkload> lines = BenchmarkRuns.time(out, "workload lines", runs, team::workload);
            int open = lines.stream().mapToInt(ReviewerWorkload::open).sum();
            out.printf("  (%,d lines, %,d open applications)%n", lines.size(), open);
            ReviewerWorkload busiest = lines.stream().filter(line -> !line.isUnassigned())
                    .max(Comparator.comparingInt(ReviewerWorkload::open))
                    .orElseThrow(() -> new CommandFailure("no reviewers to measure; run generate N first"));
            List<TeamCase> cases = BenchmarkRuns.time(out, "cases of " + busiest.username(), runs,
                    () -> team.openCases(busiest.username()));
            out.printf("  (%,d cases)%n", cases.size());
            List<TeamCase> unassigned = BenchmarkRuns.time(out, "unassigned cases", runs,
                    () -> team.openCases(null));
            out.printf("  (%,d cases)%n", unassigned.size());
            ChainVerification chain = BenchmarkRuns.time(out, "verify audit chain", 1,
                    () -> backend.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false));
            out.printf("  (%,d entries, %s)%n", chain.entriesChecked(), chain.ok() ? "intact" : "broken");
        }
    }
}
