package org.licensedesk.ui.details;

import java.util.List;
import org.licensedesk.domain.AuditEntry;

/** An application's audit entries, newest first: {@code AuditTrail::forApplication} in the app. */
@FunctionalInterface
public interface HistorySource {
    List<AuditEntry> entries(String reference);
}
