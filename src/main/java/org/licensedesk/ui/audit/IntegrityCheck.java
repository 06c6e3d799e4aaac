package org.licensedesk.ui.audit;

import java.util.function.BooleanSupplier;
import org.licensedesk.audit.IntegrityReport;
import org.licensedesk.audit.ProgressListener;

/** The supervisor's integrity check of the audit chain ({@code IntegrityWatch::verify}). Called off the FX thread. */
@FunctionalInterface
public interface IntegrityCheck {
    IntegrityReport verify(ProgressListener progress, BooleanSupplier cancelled);
}
