package org.licensedesk.ui.details;

import org.licensedesk.domain.RelatedApplications;

/** An application's earlier applications by the same parties, newest first: {@code PartyHistoryService::related}. */
@FunctionalInterface
public interface RelatedSource {
    RelatedApplications related(String reference);
}
