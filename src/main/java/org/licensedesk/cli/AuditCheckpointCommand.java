package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.SigningKeys;
import org.licensedesk.domain.User;
import org.licensedesk.store.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code audit-checkpoint --out FILE}: a supervisor signs the audit chain's current head with the Ed25519 key kept in
 * their data folder (made and registered in the chain on first use) and writes the checkpoint file.
 */
@Command(name = "audit-checkpoint", description = {"Sign the audit chain's head into a checkpoint file (supervisors).",
        "Keep the file off this machine; verify-audit --db --checkpoint FILE checks the chain against it later."})
public final class AuditCheckpointCommand extends DeskCommand {
    private final BackendOpener opener;
    private final SigningKeys keys;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The checkpoint file to write.")
    Path target;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public AuditCheckpointCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem(), SigningKeys.in(DataLocation.dataFolder()));
    }

    AuditCheckpointCommand(BackendOpener opener, SignInOptions signIn, SigningKeys keys) {
        this.opener = opener;
        this.signIn = signIn;
        this.keys = keys;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        OutputFile.checked(target);
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            AuditCheckpoints.Taken taken = backend.auditCheckpoints().take(user, keys, target);
            if (taken.keyRegistered()) {
                out.printf("registered the signing key %s in the audit trail%n", keys.fileOf(user.username()));
            }
            out.printf("checkpoint of head seq %d (%s) written to %s%n", taken.headSeq(), taken.headHash(),
                    taken.file());
        }
    }
}
