package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/** export-history and benchmark-history through the launcher's wiring, on a generated database. */
class HistoryCommandsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path folder;
    private static String db;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void createDatabase() {
        db = folder.resolve("desk").toString();
        try (Services services = Services.open(db, BackendOpener.Mode.CREATE, CLOCK)) {
            services.demo().generate(40, 7, done -> { });
        }
        var hash = PasswordHasher.weakForTests(1_000).hash(PASSWORD.toCharArray());
        try (Database database = Database.openExisting(Path.of(db))) {
            UserRepository users = new UserRepository(database);
            database.write(transaction -> {
                users.insert(transaction, new User("history.sup", "History Supervisor", UserRole.SUPERVISOR, true),
                        hash);
                users.insert(transaction, new User("history.rev", "History Reviewer", UserRole.REVIEWER, true), hash);
                return null;
            });
        }
    }

    private int run(String user, String... args) {
        out.reset();
        err.reset();
        BackendOpener opener = (option, mode) -> Services.open(option, mode, CLOCK);
        SignInOptions signIn = new SignInOptions(Map.of("LICENSEDESK_USER", user, "LICENSEDESK_PASSWORD", PASSWORD),
                null);
        Cli cli = new Cli(List.of(new ExportHistoryCommand(opener, signIn), new BenchmarkHistoryCommand(opener, signIn),
                new VerifyAuditCommand(opener)));
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonOfAFilterVerifiesAndHoldsOnlyItsEntries() throws Exception {
        Path file = folder.resolve("decisions.json");
        assertThat(run("history.sup", "export-history", "--out", file.toString(), "--actions", "approved,DENIED",
                "--outcome", "approved", "--db", db)).isZero();
        JsonNode export = JsonMapper.create().readTree(file.toFile());
        assertThat(export.at("/scope/kind").asText()).isEqualTo("FILTER");
        assertThat(export.at("/scope/filter/zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(export.get("entries").size()).isPositive();
        export.get("entries").forEach(entry -> assertThat(entry.get("action").asText()).isEqualTo("APPROVED"));
        assertThat(run("history.sup", "verify-audit", file.toString())).isZero();
    }

    @Test
    void csvHasAByteOrderMarkAHeaderAndOneRowPerEntry() throws Exception {
        Path file = folder.resolve("notes.csv");
        assertThat(run("history.sup", "export-history", "--out", file.toString(), "--format", "csv",
                "--from", "2020-01-01", "--db", db)).isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFseq,time (Asia/Shanghai),at,application,action,actor,actor_role,");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        // Beijing time is UTC+8 all year: the desk's time is the stored instant eight hours on.
        for (CSVRecord row : rows) {
            LocalDateTime utc = LocalDateTime.ofInstant(Instant.parse(row.get("at")), ZoneOffset.UTC);
            assertThat(row.get("time (Asia/Shanghai)")).isEqualTo(utc.plusHours(8).format(
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exported " + rows.size() + " entries");
    }

    @Test
    void wrongCommandLinesAndReviewersAreRefused() {
        String target = folder.resolve("x.csv").toString();
        assertThat(run("history.sup", "export-history", "--out", target, "--format", "xlsx", "--db", db))
                .isEqualTo(Cli.USAGE);
        assertThat(run("history.sup", "export-history", "--out", target, "--colour", "red", "--db", db))
                .isEqualTo(Cli.USAGE);
        assertThat(run("history.sup", "export-history", "--out", target, "--actions", "SIGNED", "--db", db))
                .isEqualTo(Cli.USAGE);
        assertThat(run("history.sup", "export-history", "--out", target, "--from", "2026-05-02", "--to",
                "2026-05-01", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(run("history.rev", "export-history", "--out", target, "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("supervisor");
        assertThat(Files.exists(Path.of(target))).isFalse();
    }

    @Test
    void aReviewerRunningTheBenchmarkIsRefusedInOnePlainSentence() {
        assertThat(run("history.rev", "benchmark-history", "--runs", "1", "--db", db)).isEqualTo(Cli.FAILED);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("licensedesk benchmark-history: Only a "
                + "supervisor may read the decision history; history.rev is a reviewer. Ask a supervisor."
                + System.lineSeparator());
    }

    @Test
    void benchmarkPrintsAFigureForEachFilter() {
        assertThat(run("history.sup", "benchmark-history", "--runs", "1", "--db", db)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("first page ms", "actor li.na", "outcome DENIED",
                "applicant '赣州'");
    }
}
