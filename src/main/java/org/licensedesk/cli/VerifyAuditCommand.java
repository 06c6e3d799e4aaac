package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.licensedesk.audit.AuditFileVerifier;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-audit FILE | --db [PATH]}: checks an exported file, or the chain in the database, and
 * reports the first broken seq. Exit status 0 only when the chain is intact.
 */
@Command(name = "verify-audit", description = {"Verify an audit export, or the audit chain in the database.",
        "Names the first broken seq. Exit status 0 only when intact, 1 when not."})
public final class VerifyAuditCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "An export of export-audit or export-history.")
    Path file;

    // Not the shared DatabaseOption: here --db may stand alone, meaning the default database.
    @Option(names = MainCommand.DATABASE_OPTION, paramLabel = "PATH", arity = "0..1", description = "Verify the "
            + "chain in this database instead (without PATH: $LICENSEDESK_DB, else the per-user data folder).")
    String database;

    public VerifyAuditCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (file != null && database != null) {
            throw new UsageException("give either one exported FILE or --db, not both");
        }
        String beforeCommand = DatabaseOption.beforeCommand(spec);
        if (file == null && database == null && beforeCommand == null) {
            throw new UsageException("give either one exported FILE or --db");
        }
        ChainVerification result;
        String what;
        if (file == null) {
            String path = DatabaseOption.resolve(spec, database == null || database.isBlank() ? null : database);
            try (Backend backend = opener.open(path, BackendOpener.Mode.EXISTING)) {
                what = "the audit trail in " + backend.databaseLocation();
                result = backend.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false);
            }
        } else {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure(Files.isDirectory(file) ? file + " is a folder, not an audit export"
                        : "there is no file " + file);
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
