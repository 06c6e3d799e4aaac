package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/** {@code screening-threshold} through the same wiring as the launcher, on a real database file. */
class ScreeningThresholdCommandTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static PasswordHash hash;

    @TempDir
    Path folder;
    private String db;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void hashPasswordOnce() {
        hash = PasswordHasher.weakForTests(1_000).hash(PASSWORD.toCharArray());
    }

    @BeforeEach
    void createDatabaseWithAReviewerAndASupervisor() {
        db = folder.resolve("desk").toString();
        Services.open(db, BackendOpener.Mode.CREATE, CLOCK).close();
        try (Database database = Database.openExisting(Path.of(db))) {
            UserRepository users = new UserRepository(database);
            database.inTransaction(connection -> {
                users.insert(connection, new User("the.rev", "The Reviewer", UserRole.REVIEWER, true), hash);
                users.insert(connection, new User("the.sup", "The Supervisor", UserRole.SUPERVISOR, true), hash);
                return null;
            });
        }
    }

    private int run(String user, String... args) {
        out.reset();
        err.reset();
        BackendOpener opener = (option, mode) -> Services.open(option, mode, CLOCK);
        Map<String, String> environment = Map.of("LICENSEDESK_USER", user, "LICENSEDESK_PASSWORD", PASSWORD);
        Cli cli = new Cli(List.of(new ScreeningThresholdCommand(opener, new SignInOptions(environment, null))));
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aSupervisorSetsTheThresholdAndEveryoneCanReadIt() {
        assertThat(run("the.rev", "screening-threshold", "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("screening threshold 85");

        assertThat(run("the.sup", "screening-threshold", "92", "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("screening threshold changed from 85 to 92; screened 0 open applications "
                + "again, 0 with hits");

        assertThat(run("the.rev", "screening-threshold", "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("screening threshold 92");
    }

    @Test
    void aReviewerOrAValueOutOfRangeIsRefusedAndNothingChanges() {
        assertThat(run("the.rev", "screening-threshold", "90", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("Only a supervisor");

        assertThat(run("the.sup", "screening-threshold", "40", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("from 50 to 100");

        assertThat(run("the.sup", "screening-threshold", "high", "--db", db)).isEqualTo(Cli.USAGE);

        run("the.rev", "screening-threshold", "--db", db);
        assertThat(stdout()).isEqualTo("screening threshold 85");
    }
}
