package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code import FILE} through the same wiring as the launcher, on a real database file. */
class ImportCommandTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final Path SAMPLE = Path.of("assets/intake-sample.json");
    private static PasswordHash hash;

    @TempDir
    Path folder;
    private String db;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void hashPasswordOnce() {
        hash = new PasswordHasher().hash(PASSWORD.toCharArray());
    }

    @BeforeEach
    void createDatabaseWithAReviewer() {
        db = folder.resolve("desk").toString();
        Services.open(db, BackendOpener.Mode.CREATE, CLOCK).close();
        try (Database database = Database.openExisting(Path.of(db))) {
            UserRepository users = new UserRepository(database);
            database.inTransaction(connection -> {
                users.insert(connection, new User("intake.rev", "Intake Reviewer", UserRole.REVIEWER, true), hash);
                return null;
            });
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        BackendOpener opener = (option, mode) -> Services.open(option, mode, CLOCK);
        Map<String, String> environment = Map.of("LICENSEDESK_USER", "intake.rev", "LICENSEDESK_PASSWORD", PASSWORD);
        Cli cli = new Cli(List.of(new ImportCommand(opener, new SignInOptions(environment, null))));
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private List<String> stderrLines() {
        return err.toString(StandardCharsets.UTF_8).strip().lines().toList();
    }

    private long applications() {
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CLOCK)) {
            return services.queue().queue(org.licensedesk.domain.ApplicationStatus.openStatuses()).size();
        }
    }

    @Test
    void sampleImportsWithAOneLineSummaryAndTheSecondRunSkipsAll() {
        assertThat(run("import", SAMPLE.toString(), "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("imported 4 applications, none already present; 1 flagged INCOMPLETE "
                + "(no end-user certificate): EXP-2026-004213");
        assertThat(stderrLines()).isEmpty();

        assertThat(run("import", SAMPLE.toString(), "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("imported 0 applications, skipped 4 already present: EXP-2026-004211, "
                + "EXP-2026-004212, EXP-2026-004213, EXP-2026-004214");
        assertThat(applications()).isEqualTo(4);
    }

    @Test
    void refusedFileListsEveryProblemOnStderrAndExitsOne() throws Exception {
        String text = Files.readString(SAMPLE)
                .replace("\"controlCode\": \"1C907.b\"", "\"controlCode\": \"1C999.a\"")
                .replace("\"country\": \"KR\"", "\"country\": \"XK\"");
        Path bad = Files.writeString(folder.resolve("bad.json"), text);

        assertThat(run("import", bad.toString(), "--db", db)).isEqualTo(Cli.FAILED);

        assertThat(stdout()).isEmpty();
        assertThat(stderrLines()).containsExactly(
                "/applications/2/items/0/controlCode: 1C999.a is not in the control list",
                "/applications/3/consignee/country: XK is not an ISO 3166-1 alpha-2 country code",
                "/applications/3/endUser/country: XK is not an ISO 3166-1 alpha-2 country code",
                "licensedesk import: refused " + bad + ": 3 problems (listed above); nothing was imported and the "
                        + "database is unchanged");
        assertThat(applications()).isZero();
    }

    @Test
    void brokenJsonExitsOneWithThePlace() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"licensedesk.intake\", [");

        assertThat(run("import", broken.toString(), "--db", db)).isEqualTo(Cli.FAILED);

        assertThat(stderrLines()).hasSize(2);
        assertThat(stderrLines().get(0)).startsWith("(file): the file is not valid JSON here (line 1, column ");
    }

    @Test
    void missingFileFailsInOneLineAndWrongCallsAreUsageErrors() {
        assertThat(run("import", folder.resolve("nothing.json").toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderrLines()).singleElement().asString().contains("There is no file");

        assertThat(run("import", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(run("import", "a.json", "b.json", "--db", db)).isEqualTo(Cli.USAGE);
    }
}
