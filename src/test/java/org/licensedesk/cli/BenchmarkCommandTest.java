package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;

/**
 * {@code benchmark --dir} on a tiny generated database: it builds the database, prints a row with median, min, max,
 * raw and ratio for every operation (export and verification in child processes included), and reuses the
 * database the second time. No timed assertions: the figures of a tiny database say nothing.
 */
class BenchmarkCommandTest {
    /** Shared: generating the tiny database is the slow part on a loaded machine. */
    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = Cli.standard((db, mode) -> Services.open(db, mode, Clock.system(ZoneId.of("Asia/Shanghai"))));

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /**
     * The operations in this process, each alone and in rows. The child processes (export, verification, launch)
     * are left to the next test and to CI's run: ten JVMs per row take longer than a test may on a loaded machine.
     */
    @Test
    void buildsTheDatabaseAndPrintsEveryOperationInThisProcessAgainstItsRawLimit() {
        Path dir = shared.resolve("bench");

        assertThat(run("benchmark", "--dir", dir.toString(), "--sizes", "20", "--only",
                "queue,filter,switch,history,workflow,screening,dashboards,Team"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsAnyOf("generated 20 applications", "reusing").contains("cores", "Java ");
        assertThat(Files.exists(dir.resolve("g20.mv.db"))).isTrue();
        assertThat(printed).doesNotContain("export", "verify", "launch");
        List<String> operations = new ArrayList<>(List.of("queue load: first page + count",
                "filter keystroke: 'ganzhou'", "switch status set: submitted", "switch inbox: unassigned",
                "switch inbox: assignee li.na", "workflow action: assign (+ audit entry)", "screening one application",
                "dashboards: whole dashboard", "Team view: workload + unassigned"));
        List<String> filters = new ArrayList<>(BenchmarkCommand.filters(LocalDate.EPOCH).keySet());
        for (int i = 0; i < filters.size(); i++) {
            operations.add("history first page: " + filters.get(i));
            for (int j = i + 1; j < filters.size(); j++) {
                operations.add("history first page: " + filters.get(i) + " + " + filters.get(j));
            }
        }
        for (String operation : operations) {
            assertThat(printed.lines().filter(line -> line.length() > 58 && line.substring(0, 58).strip().equals(operation)))
                    .as(operation).singleElement().satisfies(line -> assertThat(line.substring(58))
                            .matches(" +\\d+ +\\d+ +\\d+ +(\\d+ +\\d+\\.\\d\\d|- +-)  .+"));
        }
        assertThat(printed.lines().filter(line -> line.startsWith("queue load")))
                .allMatch(line -> line.matches(".*\\d+\\.\\d\\d  <= 1.5x raw"));
        assertThat(printed.lines().filter(line -> line.startsWith("dashboards: whole dashboard")
                || line.startsWith("Team view: workload + unassigned")))
                .hasSize(2).allMatch(line -> line.matches(".*\\d+\\.\\d\\d  <= 1 s"));
    }

    /** A child-process row: the app's verify-audit against the raw SHA-256 walk, each in its own 256 MB JVM. */
    @Test
    void measuresTheChainCheckInChildProcessesAgainstItsRawLimit() {
        Path dir = shared.resolve("bench");

        assertThat(run("benchmark", "--dir", dir.toString(), "--sizes", "20", "--only", "verify chain: database"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines().filter(line -> line.startsWith("verify chain: database (-Xmx256m process) ")))
                .singleElement().satisfies(line -> assertThat(line).matches(".* +\\d+ +\\d+\\.\\d\\d  <= 2x raw"));
        assertThat(printed).doesNotContain("history", "queue load");
    }

    /** The desk's own operations run untimed on each side first; the child-process rows do not. */
    @Test
    void anOperationOfTheRunningDeskIsWarmedOnEachSideBeforeItsTimedRuns() {
        java.io.StringWriter printed = new java.io.StringWriter();
        BenchmarkCommand.Table table = new BenchmarkCommand.Table(new java.io.PrintWriter(printed), 5,
                List.of("queue load", "audit export"));
        int[] app = {0};
        int[] raw = {0};

        table.warmedRow("queue load: first page + count", () -> app[0]++, () -> raw[0]++, "<= 1.5x raw");
        table.row("audit export (-Xmx256m process)", () -> app[0]++, () -> raw[0]++, "<= 1.5x raw");
        table.warmedRow("screening one application", () -> app[0]++, null, "-");

        int warm = BenchmarkCommand.Table.WARM_UP_RUNS;
        assertThat(app[0]).as("%d untimed + 5 timed, then 5 timed; an operation not asked for not at all", warm)
                .isEqualTo(warm + 5 + 5);
        assertThat(raw[0]).isEqualTo(warm + 5 + 5);
        assertThat(printed.toString().lines()).hasSize(2)
                .allMatch(line -> line.matches(".* +\\d+ +\\d+ +\\d+ +(\\d+ +\\d+\\.\\d\\d|- +-)  .+"));
    }

    @Test
    void refusesTooFewRunsAndADatabaseOption() {
        String dir = folder.resolve("bench").toString();

        assertThat(run("benchmark", "--dir", dir, "--runs", "3")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give 5 or more");

        assertThat(run("--db", folder.resolve("desk").toString(), "benchmark", "--dir", dir)).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--dir, not --db");

        assertThat(run("benchmark", "--dir", dir, "--sizes", "0")).isEqualTo(Cli.USAGE);
        assertThat(run("benchmark")).isEqualTo(Cli.USAGE);
        assertThat(Files.exists(folder.resolve("bench"))).isFalse();
    }
}
