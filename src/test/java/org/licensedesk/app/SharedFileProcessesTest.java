package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes on one embedded H2 file: the first to open it serves it (AUTO_SERVER); when it exits, another
 * takes over. Before the store retried on those hand-overs, four imports started together failed about half the
 * time ("Lock file recently modified", "Database is already closed", "locked by another program").
 */
class SharedFileProcessesTest {
    @TempDir
    Path folder;

    @Test
    void fourImportsOfTheSameApplicantStartedTogetherAllSucceed() throws Exception {
        Path desk = folder.resolve("desk");
        Result created = run(List.of("--db", desk.toString(), "generate", "1")).waitFor();
        assertThat(created.status).as(created.output).isZero();

        String template = Files.readString(Path.of("assets/intake-sample.json"), StandardCharsets.UTF_8);
        List<Running> imports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // Every file has the sample's four applications under new references: the same four applicants (USCC).
            Path file = folder.resolve("intake-" + i + ".json");
            Files.writeString(file, template.replace("EXP-2026-0042", "EXP-2026-" + (50 + i) + "42"),
                    StandardCharsets.UTF_8);
            imports.add(run(List.of("--db", desk.toString(), "import", file.toString())));
        }
        for (Running running : imports) {
            Result result = running.waitFor();
            assertThat(result.status).as(result.output).isZero();
            assertThat(result.output).contains("imported 4 applications");
        }
        Result verified = run(List.of("verify-audit", "--db", desk.toString())).waitFor();
        assertThat(verified.status).as(verified.output).isZero();
    }

    private Running run(List<String> arguments) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(LauncherCommand.of(folder.resolve("data"), arguments)).redirectErrorStream(true);
        builder.environment().put("LICENSEDESK_USER", "li.na");
        builder.environment().put("LICENSEDESK_PASSWORD", "demo-pass-2026");
        builder.environment().remove("LICENSEDESK_DB");
        builder.environment().remove("DISPLAY");
        Path output = Files.createTempFile(folder, "out", ".txt");
        builder.redirectOutput(output.toFile());
        return new Running(builder.start(), output);
    }

    private record Running(Process process, Path output) {
        Result waitFor() throws Exception {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("a LicenseDesk process did not end within 120 s: "
                        + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        }
    }

    private record Result(int status, String output) {
    }
}
