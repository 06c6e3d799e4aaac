package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Launcher;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;

/**
 * A 19,999,000-character string once ran the importer out of memory at 64–96 MB of heap, with a stack trace. The
 * real {@code import} command, in its own JVM with {@code -Xmx64m}, now refuses it with one problem line at the
 * string's pointer, before reading it into memory, and writes nothing.
 */
class HugeStringImportProcessTest {
    private static final int LENGTH = 19_999_000;
    private static final Path SAMPLE = Path.of("assets", "intake-sample.json");
    private static final String END_USE = "\"endUse\": \"";

    @TempDir
    Path folder;

    @Test
    void aNineteenMillionCharacterEndUseIsRefusedWithOneProblemLineInSixtyFourMegabytes() throws Exception {
        String db = CommandConsole.createDatabase(folder, new PasswordHasher().hash(
                CommandConsole.PASSWORD.toCharArray()), new User("intake.rev", "Intake Reviewer", UserRole.REVIEWER,
                true));
        Path file = withHugeEndUse(folder.resolve("huge.json"));
        assertThat(Files.size(file)).isGreaterThan(LENGTH);

        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "import", file.toString(), "--db", db));
        builder.environment().put("LICENSEDESK_USER", "intake.rev");
        builder.environment().put("LICENSEDESK_PASSWORD", CommandConsole.PASSWORD);
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.redirectOutput(folder.resolve("stdout.txt").toFile());
        builder.redirectError(folder.resolve("stderr.txt").toFile());
        Process child = builder.start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String stdout = Files.readString(folder.resolve("stdout.txt"));
        String stderr = Files.readString(folder.resolve("stderr.txt"));
        System.out.println("HugeStringImportProcessTest: exit " + (ended ? child.exitValue() : "none") + ", stderr:\n"
                + stderr);

        assertThat(ended).as("the import ended within 5 minutes").isTrue();
        assertThat(child.exitValue()).as(stderr).isEqualTo(Cli.FAILED);
        assertThat(stdout).isEmpty();
        assertThat(stderr).doesNotContain("OutOfMemoryError", "Exception", "\tat ", "unexpected error");
        List<String> lines = stderr.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("/applications/0/endUser/endUse: ")
                .contains("100,000 characters").hasSizeLessThan(300);
        assertThat(lines.get(1)).startsWith("licensedesk import: refused " + file + ": 1 problem")
                .contains("nothing was imported");
        try (Database database = Database.openExisting(Path.of(db))) {
            assertThat(new ApplicationRepository(database).count()).isZero();
            assertThat(new AuditRepository(database).head().seq()).isZero();
        }
    }

    /** The sample with its first end use 19,999,000 characters long, written without holding it in memory. */
    private static Path withHugeEndUse(Path file) throws IOException {
        String sample = Files.readString(SAMPLE);
        int at = sample.indexOf(END_USE) + END_USE.length();
        int end = sample.indexOf('"', at);
        char[] chunk = "Sintered NdFeB magnets for traction motors. ".repeat(100).toCharArray();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(sample, 0, at);
            for (int written = 0; written < LENGTH; written += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, LENGTH - written));
            }
            out.write(sample, end, sample.length() - end);
        }
        return file;
    }
}
