package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;

/** {@code import FILE} through the same wiring as the launcher, on a real database file. */
class ImportCommandTest {
    private static final Path SAMPLE = Path.of("assets/intake-sample.json");
    private static PasswordHash hash;

    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeAll
    static void hashPasswordOnce() {
        hash = new PasswordHasher().hash(CommandConsole.PASSWORD.toCharArray());
    }

    @BeforeEach
    void createDatabaseWithAReviewer() {
        db = CommandConsole.createDatabase(folder, hash, new User("intake.rev", "Intake Reviewer", UserRole.REVIEWER, true));
    }

    private int run(String... args) {
        return console.run("intake.rev", ImportCommand::new, args);
    }

    private String stdout() {
        return console.stdout();
    }

    private List<String> stderrLines() {
        return console.stderr().lines().toList();
    }

    private long applications() {
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CommandConsole.CLOCK)) {
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
