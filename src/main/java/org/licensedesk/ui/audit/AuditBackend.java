package org.licensedesk.ui.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.licensedesk.account.AccountService;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditFileVerifier;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;

/** The audit services the window uses, behind an interface for the view model's tests. Called off the FX thread. */
public interface AuditBackend {

    /** @throws java.util.concurrent.CancellationException when cancelled; then no file is left */
    ExportResult export(AuditScope scope, Path target, User exportedBy, ProgressListener progress,
            BooleanSupplier cancelled);

    ChainVerification verifyDatabase(ProgressListener progress, BooleanSupplier cancelled);

    ChainVerification verifyFile(Path file, ProgressListener progress, BooleanSupplier cancelled);

    /** All accounts, to export one official's entries. */
    List<User> users();

    static AuditBackend of(AuditTrail trail, AuditExporter exporter, AccountService accounts) {
        return new AuditBackend() {
            @Override
            public ExportResult export(AuditScope scope, Path target, User exportedBy, ProgressListener progress,
                    BooleanSupplier cancelled) {
                return exporter.export(scope, target, exportedBy, progress, cancelled);
            }

            @Override
            public ChainVerification verifyDatabase(ProgressListener progress, BooleanSupplier cancelled) {
                return trail.verifyDatabase(progress, cancelled);
            }

            @Override
            public ChainVerification verifyFile(Path file, ProgressListener progress, BooleanSupplier cancelled) {
                return new AuditFileVerifier().verify(file, progress, cancelled);
            }

            @Override
            public List<User> users() {
                return accounts.users();
            }
        };
    }
}
