package org.licensedesk.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.licensedesk.audit.AuditRefusedException;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.domain.User;

/**
 * {@code export-audit --out FILE [--from DATE] [--to DATE] [--application REF] [--actor USER]}: writes the
 * audit trail, or the part the options select, in the export format; supervisors only.
 */
public final class ExportAuditCommand implements Command {
    private final BackendOpener opener;
    private final SignInOptions signIn;

    public ExportAuditCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ExportAuditCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    public String name() {
        return "export-audit";
    }

    @Override
    public String usage() {
        return "export-audit --out FILE [--from DATE] [--to DATE] [--application REF] [--actor USER] "
                + "[--user USER] [--db PATH]    export the audit trail as JSON (supervisors)";
    }

    @Override
    public void run(CommandLine arguments, PrintStream out, PrintStream err) {
        if (arguments.positional().size() != 1) {
            throw new UsageException("unexpected argument " + arguments.positional().get(1));
        }
        Path target = Path.of(arguments.option("out").orElseThrow(() -> new UsageException("--out FILE is required")));
        AuditScope scope = scope(arguments);
        try (Backend backend = opener.open(arguments.databaseOption(), BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(arguments, backend.accounts());
            long[] lastReported = {0};
            ExportResult result = backend.auditExporter().export(scope, target, user, (done, total) -> {
                if (done - lastReported[0] >= 100_000) {
                    lastReported[0] = done;
                    err.printf("exported %,d of %,d entries%n", done, total);
                }
            }, () -> false);
            out.printf("exported %d entries (%s) to %s; chain head seq %d%n", result.entryCount(), scope.describe(),
                    result.file(), result.headSeq());
        } catch (AuditRefusedException e) {
            throw new CommandFailure(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static AuditScope scope(CommandLine arguments) {
        LocalDate from = arguments.option("from").map(ExportAuditCommand::date).orElse(null);
        LocalDate to = arguments.option("to").map(ExportAuditCommand::date).orElse(null);
        String application = arguments.option("application").orElse(null);
        String actor = arguments.option("actor").orElse(null);
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

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("dates are YYYY-MM-DD, not " + text);
        }
    }
}
