package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.domain.User;
import org.licensedesk.domain.history.HistoryFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export-history --out FILE [--format json|csv] [filter options]}: writes the entries the history filter
 * shows, oldest first, as verifiable audit JSON or as a CSV sheet; supervisors only, recorded as AUDIT_EXPORTED.
 */
@Command(name = "export-history", description = {
        "Export what a decision-history filter shows, as JSON or CSV (supervisors).",
        "Oldest first; the JSON is an audit export that verify-audit checks. The filter options are all optional "
                + "and combine with AND. Recorded as AUDIT_EXPORTED."})
public final class ExportHistoryCommand extends DeskCommand {
    private final BackendOpener opener;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path target;

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
            description = "json (default) or csv.")
    String format;

    @Mixin
    HistoryOptions filter;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ExportHistoryCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ExportHistoryCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        ExportFormat exportFormat = format(format);
        var chosen = filter.filter();
        OutputFile.checked(target);
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            if (HistoryFilter.present(chosen.noteText())) {
                NoteIndex.ensure(backend.history(), err);
            }
            AuditScope scope = AuditScope.filter(chosen, backend.history().zone());
            long[] lastReported = {0};
            ExportResult result = backend.auditExporter().export(scope, exportFormat, target, user, (done, total) -> {
                if (done - lastReported[0] >= 100_000) {
                    lastReported[0] = done;
                    err.printf("exported %,d of %,d entries%n", done, total);
                }
            }, () -> false);
            out.printf("exported %d entries (%s) as %s to %s; chain head seq %d%n", result.entryCount(),
                    scope.describe(), exportFormat.name().toLowerCase(Locale.ROOT), result.file(), result.headSeq());
        }
    }

    private static ExportFormat format(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "json":
                return ExportFormat.JSON;
            case "csv":
                return ExportFormat.CSV;
            default:
                throw new UsageException("--format is json or csv, not " + Sentences.quoted(text));
        }
    }
}
