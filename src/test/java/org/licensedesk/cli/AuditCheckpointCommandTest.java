package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.audit.SigningKeys;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.Database;

/** audit-checkpoint and verify-audit --checkpoint as a supervisor and a script would run them. */
class AuditCheckpointCommandTest {
    @TempDir
    Path folder;

    private final CommandConsole console = new CommandConsole();
    private String db;
    private SigningKeys keys;

    @BeforeEach
    void createDatabase() {
        db = CommandConsole.createDatabase(folder, new PasswordHasher().hash(CommandConsole.PASSWORD.toCharArray()),
                new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true),
                new User("li.na", "Li Na", UserRole.REVIEWER, true));
        keys = SigningKeys.in(folder.resolve("data"));
    }

    @Test
    void checkpointThenVerifyPassesAndATruncationFailsNamingTheSeq() {
        String file = folder.resolve("cp.json").toString();

        int taken = console.run("zhao.lei", (opener, signIn) -> new AuditCheckpointCommand(opener, signIn, keys),
                "audit-checkpoint", "--db", db, "--out", file);

        assertThat(taken).as(console.stderr()).isZero();
        assertThat(console.stdout()).contains("registered the signing key").contains("checkpoint of head seq 1 (");
        int verified = console.run("zhao.lei", (opener, signIn) -> new VerifyAuditCommand(opener),
                "verify-audit", "--db", db, "--checkpoint", file);
        assertThat(verified).as(console.stderr()).isZero();
        assertThat(console.stdout()).contains("checkpoint " + file + ": holds: the chain holds entry 1 as signed by "
                + "zhao.lei");

        try (Database database = Database.openExisting(Path.of(db))) {
            database.withConnection(connection -> connection.createStatement().executeUpdate(
                    "DELETE FROM audit_entry WHERE seq = 1"));
            database.withConnection(connection -> connection.createStatement().executeUpdate(
                    "UPDATE audit_head SET seq = 0, hash = '" + "0".repeat(64) + "' WHERE id = 1"));
        }
        int afterTruncation = console.run("zhao.lei", (opener, signIn) -> new VerifyAuditCommand(opener),
                "verify-audit", "--db", db, "--checkpoint", file);

        assertThat(afterTruncation).isEqualTo(1);
        assertThat(console.stderr()).contains("does NOT match 1 of 1 checkpoints: entry 1 of the checkpoint is no "
                + "longer in the audit trail (the chain was truncated) (seq 1)");
    }

    @Test
    void reviewerIsRefusedAndNoFileIsWritten() {
        Path file = folder.resolve("cp.json");

        int exit = console.run("li.na", (opener, signIn) -> new AuditCheckpointCommand(opener, signIn, keys),
                "audit-checkpoint", "--db", db, "--out", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(console.stderr()).contains("Only a supervisor may take an audit checkpoint; li.na is a reviewer.");
        assertThat(file).doesNotExist();
    }

    @Test
    void checkpointWithAFileOrWithoutAFileIsAUsageError() {
        int withFile = console.run("zhao.lei", (opener, signIn) -> new VerifyAuditCommand(opener),
                "verify-audit", folder.resolve("export.json").toString(), "--checkpoint", "cp.json");
        assertThat(withFile).isEqualTo(2);
        int missing = console.run("zhao.lei", (opener, signIn) -> new VerifyAuditCommand(opener),
                "verify-audit", "--db", db, "--checkpoint", folder.resolve("none.json").toString());
        assertThat(missing).isEqualTo(2);
        assertThat(console.stderr()).contains("there is no checkpoint file");
    }
}
