package org.licensedesk.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.licensedesk.audit.AuditFileVerifier;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;

/**
 * {@code verify-audit FILE | --db [PATH]}: checks an exported file, or the chain in the database, and
 * reports the first broken seq. Exit status 0 only when the chain is intact.
 */
public final class VerifyAuditCommand implements Command {
    private final BackendOpener opener;

    public VerifyAuditCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String usage() {
        return "verify-audit FILE | --db [PATH]    verify an audit export, or the chain in the database";
    }

    @Override
    public void run(CommandLine arguments, PrintStream out, PrintStream err) {
        boolean database = arguments.has("db");
        int files = arguments.positional().size() - 1;
        if (database == (files == 1) || files > 1) {
            throw new UsageException("give either one exported FILE or --db");
        }
        ChainVerification result;
        String what;
        if (database) {
            String path = arguments.option("db").filter(value -> !value.isBlank()).orElse(null);
            try (Backend backend = opener.open(path, BackendOpener.Mode.EXISTING)) {
                what = "the audit trail in " + backend.databaseLocation();
                result = backend.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false);
            }
        } else {
            Path file = Path.of(arguments.positional().get(1));
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure("no file " + file);
            }
            what = file.toString();
            result = new AuditFileVerifier().verify(file);
        }
        if (!result.ok()) {
            throw new CommandFailure(what + " is NOT intact: " + result.reason()
                    + (result.firstBrokenSeq() == null ? "" : " (first broken seq " + result.firstBrokenSeq() + ")"));
        }
        out.printf("%s is intact: %d entries checked, head seq %d%n", what, result.entriesChecked(), result.headSeq());
    }
}
