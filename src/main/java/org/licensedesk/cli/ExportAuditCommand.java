package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export-audit --out FILE [--from DATE] [--to DATE] [--application REF] [--actor USER]}: writes the
 * audit trail, or the part the options select, in the export format; supervisors only.
 */
@Command(name = "export-audit", description = {"Export the audit trail as JSON (supervisors).",
        "All of it, a date range, one application or one actor: one scope at a time. Recorded as AUDIT_EXPORTED; "
                + "verify-audit FILE checks the file later."})
public final class ExportAuditCommand extends DeskCommand {
    private final BackendOpener opener;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The JSON file to write.")
    Path target;

    @Option(names = "--from", paramLabel = "DATE", description = "Entries from this day on (YYYY-MM-DD, UTC).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Entries up to and including this day.")
    LocalDate to;

    @Option(names = "--application", paramLabel = "REF", description = "The entries of one application.")
    String application;

    @Option(names = "--actor", paramLabel = "USER", description = "The entries one official wrote.")
    String actor;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ExportAuditCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ExportAuditCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        AuditScope scope = scope();
        OutputFile.checked(target);
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            // The password's check runs beside the export's first entries; nothing is recorded or moved into place
            // before it succeeds (AuditExporter), and its refusal is reported as before.
            SignInOptions.Pending signingIn = signIn.begin(backend.accounts());
            long[] lastReported = {0};
            ExportResult result = backend.auditExporter().export(scope, target, signingIn.username(),
                    signingIn.user(), (done, total) -> {
                // Nothing is said of an export whose sign-in has not succeeded (yet): a refusal stays one line.
                boolean signedIn = signingIn.user().isDone() && !signingIn.user().isCompletedExceptionally();
                if (signedIn && done - lastReported[0] >= 100_000) {
                    lastReported[0] = done;
                    err.printf("exported %,d of %,d entries%n", done, total);
                }
            }, () -> false);
            out.printf("exported %d entries (%s) to %s; chain head seq %d%n", result.entryCount(), scope.describe(),
                    result.file(), result.headSeq());
        }
    }

    private AuditScope scope() {
        int chosen = (from != null || to != null ? 1 : 0) + (application != null ? 1 : 0) + (actor != null ? 1 : 0);
        if (chosen > 1) {
            throw new UsageException("choose one scope: a date range (--from/--to), --application or --actor");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        if (from != null || to != null) {
            return AuditScope.dateRange(from, to);
        }
        if (application != null) {
            return AuditScope.application(application);
        }
        return actor != null ? AuditScope.actor(actor) : AuditScope.all();
    }
}
