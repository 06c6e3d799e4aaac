package org.licensedesk.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.licensedesk.audit.AuditRefusedException;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.domain.User;

/**
 * {@code export-history --out FILE [--format json|csv] [filter options]}: writes the entries the history filter
 * shows, oldest first, as verifiable audit JSON or as a CSV sheet; supervisors only, recorded as AUDIT_EXPORTED.
 */
public final class ExportHistoryCommand implements Command {
    private static final Set<String> OWN_OPTIONS = Set.of("out", "format", "user", "password", "db");

    private final BackendOpener opener;
    private final SignInOptions signIn;

    public ExportHistoryCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ExportHistoryCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    public String name() {
        return "export-history";
    }

    @Override
    public String usage() {
        return "export-history --out FILE [--format json|csv] " + HistoryOptions.USAGE
                + " [--user USER] [--db PATH]    export what the history filter shows (supervisors)";
    }

    @Override
    public void run(CommandLine arguments, PrintStream out, PrintStream err) {
        if (arguments.positional().size() != 1) {
            throw new UsageException("unexpected argument " + arguments.positional().get(1));
        }
        Set<String> unknown = new HashSet<>(arguments.optionNames());
        unknown.removeAll(OWN_OPTIONS);
        unknown.removeAll(HistoryOptions.NAMES);
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown option --" + unknown.iterator().next());
        }
        Path target = Path.of(arguments.option("out").orElseThrow(() -> new UsageException("--out FILE is required")));
        ExportFormat format = format(arguments.option("format").orElse("json"));
        var filter = HistoryOptions.filter(arguments);
        try (Backend backend = opener.open(arguments.databaseOption(), BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(arguments, backend.accounts());
            AuditScope scope = AuditScope.filter(filter, backend.history().zone());
            long[] lastReported = {0};
            ExportResult result = backend.auditExporter().export(scope, format, target, user, (done, total) -> {
                if (done - lastReported[0] >= 100_000) {
                    lastReported[0] = done;
                    err.printf("exported %,d of %,d entries%n", done, total);
                }
            }, () -> false);
            out.printf("exported %d entries (%s) as %s to %s; chain head seq %d%n", result.entryCount(),
                    scope.describe(), format.name().toLowerCase(Locale.ROOT), result.file(), result.headSeq());
        } catch (AuditRefusedException | UncheckedIOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static ExportFormat format(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "json":
                return ExportFormat.JSON;
            case "csv":
                return ExportFormat.CSV;
            default:
                throw new UsageException("--format is json or csv, not " + text);
        }
    }
}
