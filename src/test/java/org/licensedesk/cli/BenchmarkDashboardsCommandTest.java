package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;

/** {@code benchmark-dashboards} on a small generated database prints a line of milliseconds per chart. */
class BenchmarkDashboardsCommandTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2026, 11, 27).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Cli cli = Cli.standard((db, mode) -> Services.open(db, mode, CLOCK));

    private int run(String... args) {
        out.reset();
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheTimeOfEachChartAndWhatItCounted() {
        String db = folder.resolve("bench").toString();
        assertThat(run("generate", "200", "--db", db)).isZero();

        assertThat(run("benchmark-dashboards", "--runs", "2", "--db", db)).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("period 2026-06 to 2026-11", "decisions per week by outcome",
                "within the deadline per month", "approval rate and kg per element", "approved kg per destination",
                "open applications by age", "median working days to decision", "whole dashboard",
                "click: late decisions of a month", "click: open past 45 working days");
        assertThat(printed.lines().filter(line -> line.matches(".*\\d+ / +\\d+ / +\\d+"))).hasSize(9);
    }

    @Test
    void runsMustBeAPositiveNumber() {
        assertThat(run("benchmark-dashboards", "--runs", "none", "--db", folder.resolve("x").toString()))
                .isEqualTo(Cli.USAGE);
    }
}
