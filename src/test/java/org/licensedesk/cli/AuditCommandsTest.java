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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/** export-audit and verify-audit through the same wiring as the launcher, on a real database file. */
class AuditCommandsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;
    private static String db;
    private static long secondNoteSeq;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void createDatabaseWithOfficialsAndEntries() {
        db = folder.resolve("desk").toString();
        try (Services services = Services.open(db, BackendOpener.Mode.CREATE, CLOCK)) {
            services.demo().generate(5, 7, done -> { });
        }
        PasswordHash hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        try (Database database = Database.openExisting(Path.of(db))) {
            UserRepository users = new UserRepository(database);
            database.write(transaction -> {
                users.insert(transaction, new User("audit.sup", "Audit Supervisor", UserRole.SUPERVISOR, true), hash);
                users.insert(transaction, new User("audit.rev", "Audit Reviewer", UserRole.REVIEWER, true), hash);
                return null;
            });
        }
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CLOCK)) {
            for (int i = 1; i <= 3; i++) {
                long seq = services.auditTrail().record(new AuditDraft(CLOCK.instant(), null, AuditAction.NOTE_ADDED,
                        "audit.sup", UserRole.SUPERVISOR, null, null, "Quarterly audit note number " + i, "{}")).seq();
                if (i == 2) {
                    secondNoteSeq = seq;
                }
            }
        }
    }

    private int run(Map<String, String> environment, String... args) {
        out.reset();
        err.reset();
        BackendOpener opener = (option, mode) -> Services.open(option, mode, CLOCK);
        Cli cli = new Cli(List.of(new ExportAuditCommand(opener, new SignInOptions(environment, null)),
                new VerifyAuditCommand(opener)));
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Map<String, String> signedInAs(String user) {
        return Map.of("LICENSEDESK_USER", user, "LICENSEDESK_PASSWORD", PASSWORD);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void exportedFileVerifiesAndAnEditedByteIsCaught() throws Exception {
        Path file = folder.resolve("all.json");
        assertThat(run(signedInAs("audit.sup"), "export-audit", "--out", file.toString(), "--db", db)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exported ");

        assertThat(run(Map.of(), "verify-audit", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is intact");

        String text = Files.readString(file);
        Files.writeString(file, text.replace("Quarterly audit note number 2", "Quarterly audit note number 9"));
        assertThat(run(Map.of(), "verify-audit", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("NOT intact").contains("first broken seq " + secondNoteSeq).doesNotContain("\n");
    }

    @Test
    void scopedExportHoldsOnlyThatActorsEntries() throws Exception {
        Path file = folder.resolve("actor.json");
        assertThat(run(signedInAs("audit.sup"), "export-audit", "--out", file.toString(), "--actor", "audit.sup",
                "--db", db)).isZero();
        var export = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertThat(export.at("/scope/kind").asText()).isEqualTo("ACTOR");
        // Three notes, plus the AUDIT_EXPORTED entries of exports that ran before this test.
        assertThat(export.get("entries").size()).isGreaterThanOrEqualTo(3);
        export.get("entries").forEach(entry -> assertThat(entry.get("actor").asText()).isEqualTo("audit.sup"));
        assertThat(run(Map.of(), "verify-audit", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is intact");
    }

    @Test
    void databaseChainVerifies() {
        assertThat(run(Map.of(), "verify-audit", "--db", db)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is intact");
    }

    @Test
    void reviewerMayNotExport() {
        Path file = folder.resolve("reviewer.json");
        assertThat(run(signedInAs("audit.rev"), "export-audit", "--out", file.toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("Only a supervisor may export the audit trail");
        assertThat(file).doesNotExist();
    }

    @Test
    void wrongPasswordIsRefusedInOneLine() {
        assertThat(run(Map.of("LICENSEDESK_USER", "audit.sup", "LICENSEDESK_PASSWORD", "not the password"),
                "export-audit", "--out", folder.resolve("x.json").toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("sign-in refused").doesNotContain("\n").doesNotContain("not the password");
    }

    @Test
    void wrongCallsAreUsageErrors() {
        assertThat(run(signedInAs("audit.sup"), "export-audit", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(run(signedInAs("audit.sup"), "export-audit", "--out", "x.json", "--actor", "a",
                "--application", "EXP-1", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(run(Map.of(), "export-audit", "--out", "x.json", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(run(Map.of(), "verify-audit")).isEqualTo(Cli.USAGE);
        assertThat(run(Map.of(), "verify-audit", "--from", "2026-13-01", "--out", "x")).isEqualTo(Cli.USAGE);
    }

    @Test
    void anOutputFolderThatIsNotThereIsSaidBeforeSigningIn() {
        Path file = folder.resolve("no-such-folder").resolve("audit.json");
        assertThat(run(Map.of(), "export-audit", "--out", file.toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).isEqualTo("licensedesk export-audit: there is no folder " + file.getParent()
                + " to write audit.json in");

        assertThat(run(Map.of(), "export-audit", "--out", folder.toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).startsWith("licensedesk export-audit: " + folder + " is a folder; give the file to write");
    }

    @Test
    void missingFileFailsInOneLine() {
        assertThat(run(Map.of(), "verify-audit", folder.resolve("nothing.json").toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("no file");
    }

    /** /proc is a folder nobody, root included, may create files in (the tests run on Linux). */
    @Test
    void aFolderThatTakesNoFilesIsSaidInOneSentence() {
        assertThat(run(signedInAs("audit.sup"), "export-audit", "--out", "/proc/licensedesk-audit.json", "--db", db))
                .isEqualTo(Cli.FAILED);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr()).isEqualTo("licensedesk export-audit: The audit export could not be written to "
                + "/proc/licensedesk-audit.json (no such file or folder, or no file can be created there). Check that "
                + "the folder exists, that you may write there and that the disk has room.");
    }

    @Test
    void brokenJsonIsDescribedByLineColumnAndWhatWasFound() throws Exception {
        Path file = folder.resolve("whole.json");
        assertThat(run(signedInAs("audit.sup"), "export-audit", "--out", file.toString(), "--db", db)).isZero();
        List<String> lines = Files.readAllLines(file);
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, String.join("\n", lines.subList(0, 5)) + ",,\n" + String.join("\n",
                lines.subList(5, lines.size())));
        Path cut = folder.resolve("cut.json");
        String whole = Files.readString(file);
        Files.writeString(cut, whole.substring(0, whole.indexOf("\"actor\"") + 3));

        assertThat(run(Map.of(), "verify-audit", broken.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).isEqualTo("licensedesk verify-audit: " + broken + " is NOT intact: The file is not a "
                + "LicenseDesk audit export: it is not valid JSON at line 5, column " + (lines.get(4).length() + 1)
                + ": the character ',' where a field name in double quotes should be");

        assertThat(run(Map.of(), "verify-audit", cut.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).startsWith("licensedesk verify-audit: " + cut + " is NOT intact: The file is not a "
                + "LicenseDesk audit export: it is not valid JSON at line ")
                .endsWith(": the end of the file inside a field name (is the file complete?)")
                .doesNotContain("Unexpected", "FIELD_NAME", "Exception", "\n");
    }
}
