package org.licensedesk.ui.details;

import java.util.List;
import org.licensedesk.domain.RelatedApplication;

/** An application's earlier applications by the same parties, newest first: {@code PartyHistoryService::related}. */
@FunctionalInterface
public interface RelatedSource {
    List<RelatedApplication> related(String reference);
}
