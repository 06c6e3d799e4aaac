package org.licensedesk.ui.queue;

import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;

/**
 * Which applications in these statuses have an applicant denied in the last 3 years, by reference:
 * {@code PartyHistoryService::applicantDeniedRecently} in the app. Loaded with the queue, so the filter is instant.
 */
@FunctionalInterface
public interface DenialSource {
    Set<String> applicantDeniedRecently(Set<ApplicationStatus> statuses);
}
