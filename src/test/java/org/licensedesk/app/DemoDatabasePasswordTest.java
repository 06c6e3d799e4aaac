package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.cli.Cli;
import org.licensedesk.domain.ApplicationStatus;

/** The demo database, as {@code mvn javafx:run} makes it, has its own password too, and no command prints it. */
class DemoDatabasePasswordTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theDemoDatabaseRefusesSaWithAnEmptyPasswordAndNoCommandPrintsItsPassword() throws Exception {
        String db = folder.resolve("demo").toString();
        try (Services services = Services.open(db, BackendOpener.Mode.CREATE_WITH_DEMO, CLOCK)) {
            assertThat(services.queue().queue(EnumSet.allOf(ApplicationStatus.class))).isNotEmpty();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "")
                    .close())
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
        }
        Path file = folder.resolve("demo.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file).strip();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = Cli.standard((path, mode) -> Services.open(path, mode, CLOCK));
        for (String[] args : new String[][] {{"verify-audit", "--db", db}, {"--db", db, "generate", "2"},
                {"--db", folder.resolve("nowhere").toString(), "verify-audit"}}) {
            Launcher.start(args, cli, false, () -> { }, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .contains("generated 2 applications")
                .doesNotContain(password);
    }
}
