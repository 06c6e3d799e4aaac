package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.AuditFileVerifier;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-audit FILE | --db [PATH] [--checkpoint FILE...]}: checks an exported file, or the chain in the database, and
 * reports the first broken seq. Exit status 0 only when the chain is intact.
 */
@Command(name = VerifyAuditCommand.NAME, description = {"Verify an audit export, or the audit chain in the database.",
        "Names the first broken seq. Exit status 0 only when intact, 1 when not."})
public final class VerifyAuditCommand extends DeskCommand {
    static final String NAME = "verify-audit";
    private final BackendOpener opener;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "An export of export-audit or export-history.")
    Path file;

    // Not the shared DatabaseOption: here --db may stand alone, meaning the default database.
    @Option(names = MainCommand.DATABASE_OPTION, paramLabel = "PATH", arity = "0..1", description = "Verify the "
            + "chain in this database instead (without PATH: $LICENSEDESK_DB, else the per-user data folder).")
    String database;

    @Option(names = "--checkpoint", paramLabel = "FILE", arity = "1..*", description = "With --db: also check that "
            + "the chain still holds each checkpoint's head (audit-checkpoint), signed by a key registered in it.")
    List<Path> checkpoints = new ArrayList<>();

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
        if (file != null && !checkpoints.isEmpty()) {
            throw new UsageException("--checkpoint checks the chain in a database: use it with --db, not a FILE");
        }
        for (Path checkpoint : checkpoints) {
            if (!Files.isRegularFile(checkpoint)) {
                throw new UsageException("there is no checkpoint file " + checkpoint);
            }
        }
        if (file != null) {
            checkFile(file, out);
            return;
        }
        ChainVerification result;
        String what;
        List<AuditCheckpoints.Verdict> verdicts;
        String path = DatabaseOption.resolve(spec, database == null || database.isBlank() ? null : database);
        try (Backend backend = opener.open(path, BackendOpener.Mode.EXISTING)) {
            what = "the audit trail in " + backend.storeDescription();
            result = backend.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false);
            verdicts = checkpoints.stream().map(backend.auditCheckpoints()::verify).toList();
        }
        List<AuditCheckpoints.Verdict> failed = verdicts.stream().filter(verdict -> !verdict.ok()).toList();
        for (AuditCheckpoints.Verdict verdict : verdicts) {
            (verdict.ok() ? out : err).printf("checkpoint %s: %s%s%n", verdict.file(), verdict.ok() ? "holds: " : "FAILS: ",
                    verdict.reason());
        }
        if (!result.ok()) {
            throw new CommandFailure(what + " is NOT intact: " + result.reason()
                    + (result.firstBrokenSeq() == null ? "" : " (first broken seq " + result.firstBrokenSeq() + ")"));
        }
        if (!failed.isEmpty()) {
            AuditCheckpoints.Verdict first = failed.get(0);
            throw new CommandFailure(what + " does NOT match " + failed.size() + " of " + verdicts.size()
                    + " checkpoints: " + first.reason() + (first.seq() == null ? "" : " (seq " + first.seq() + ")"));
        }
        intact(out, what, result);
    }

    /**
     * {@code verify-audit FILE}: the file's check and its one line; throws {@link CommandFailure} when it is not an
     * intact export. Also what {@link Cli#runPlainFileCheck} runs without picocli.
     */
    static void checkFile(Path file, PrintWriter out) {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(Files.isDirectory(file) ? file + " is a folder, not an audit export"
                    : "there is no file " + file);
        }
        ChainVerification result = new AuditFileVerifier().verify(file);
        if (!result.ok()) {
            throw new CommandFailure(file + " is NOT intact: " + result.reason()
                    + (result.firstBrokenSeq() == null ? "" : " (first broken seq " + result.firstBrokenSeq() + ")"));
        }
        intact(out, file.toString(), result);
    }

    private static void intact(PrintWriter out, String what, ChainVerification result) {
        out.printf("%s is intact: %d entries checked, head seq %d%n", what, result.entriesChecked(), result.headSeq());
    }
}
