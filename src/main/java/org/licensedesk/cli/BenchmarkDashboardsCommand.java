package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-dashboards}: times each chart's figures for the default period (the last six months) and the
 * look-ups behind a click, and prints them. The first run is the one a supervisor waits for; H2 answers an identical
 * query on an unchanged database from its cache, so the later runs show little more than that cache.
 */
@Command(name = "benchmark-dashboards", description = {"Time each dashboard chart's figures.",
        "For the default period (the last six months), and the look-ups behind a click."})
public final class BenchmarkDashboardsCommand extends DeskCommand {
    private final BackendOpener opener;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Values.PositiveNumber.class,
            description = "How many times each figure is measured (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    DatabaseOption database;

    public BenchmarkDashboardsCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            DashboardService dashboards = backend.dashboards();
            DashboardPeriod period = dashboards.defaultPeriod();
            out.printf("database %s, period %s to %s, %d runs each; milliseconds: first / median of the rest / max%n",
                    backend.storeDescription(), period.from(), period.to(), runs);
            List<Dashboard.WeekDecisions> weeks = time(out, "decisions per week by outcome", runs,
                    () -> dashboards.decisionsPerWeek(period));
            out.printf("  (%,d decisions in %d weeks)%n",
                    weeks.stream().mapToLong(Dashboard.WeekDecisions::total).sum(), weeks.size());
            List<Dashboard.MonthDeadline> months = time(out, "within the deadline per month", runs,
                    () -> dashboards.withinDeadlinePerMonth(period));
            List<Dashboard.ElementFigures> elements = time(out, "approval rate and kg per element", runs,
                    () -> dashboards.elements(period));
            out.printf("  (%d elements)%n", elements.size());
            List<Dashboard.CountryFigures> countries = time(out, "approved kg per destination", runs,
                    () -> dashboards.countries(period));
            out.printf("  (%d countries shown)%n", countries.size());
            List<Dashboard.AgeBucket> ages = time(out, "open applications by age", runs, dashboards::openByAge);
            out.printf("  (%,d open)%n", ages.stream().mapToLong(Dashboard.AgeBucket::count).sum());
            Dashboard.DecisionDurations durations = time(out, "median working days to decision", runs,
                    () -> dashboards.durations(period));
            out.printf("  (median %s over %,d decisions)%n", durations.median(), durations.decisions());
            time(out, "whole dashboard", runs, () -> dashboards.dashboard(period));
            Dashboard.MonthDeadline month = months.get(months.size() - 1);
            time(out, "click: late decisions of a month", runs, () -> dashboards.historyFilter(month.lateTrace()));
            Dashboard.AgeBucket late = ages.stream().filter(bucket -> bucket.isOpenEnded() && !bucket.withoutLimit())
                    .findFirst().orElseThrow();
            time(out, "click: open past 45 working days", runs, () -> dashboards.historyFilter(late.trace()));
        }
    }

    private static <T> T time(PrintWriter out, String what, int runs, Supplier<T> work) {
        long[] millis = new long[runs];
        T result = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = work.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        long[] rest = Arrays.copyOfRange(millis, Math.min(1, runs - 1), runs);
        Arrays.sort(rest);
        out.printf("%-36s %7d / %7d / %7d%n", what, millis[0], rest[rest.length / 2],
                Arrays.stream(millis).max().orElse(0));
        return result;
    }
}
