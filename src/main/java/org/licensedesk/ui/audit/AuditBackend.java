package org.licensedesk.ui.audit;

import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.SigningKeys;
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

    /**
     * Signs the chain's head with the supervisor's key (made and registered on first use) and writes the checkpoint.
     *
     * @throws IllegalStateException when the desk has no data folder to keep the key in
     */
    AuditCheckpoints.Taken takeCheckpoint(User supervisor, Path target);

    /** As {@link #of(AuditTrail, AuditExporter, AccountService, SigningKeys)}, without a place for signing keys. */
    static AuditBackend of(AuditTrail trail, AuditExporter exporter, AccountService accounts) {
        return of(trail, exporter, accounts, null);
    }

    /** @param keys the signing keys of this workstation's user; null when the desk has no data folder */
    static AuditBackend of(AuditTrail trail, AuditExporter exporter, AccountService accounts, SigningKeys keys) {
        return new AuditBackend() {
            @Override
            public AuditCheckpoints.Taken takeCheckpoint(User supervisor, Path target) {
                if (keys == null) {
                    throw new IllegalStateException("This desk has no data folder to keep a signing key in.");
                }
                return trail.checkpoints().take(supervisor, keys, target);
            }

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
