package org.licensedesk.ui.details;

import java.util.Optional;
import org.licensedesk.domain.ApplicationDetails;

/** Where one application's details come from: {@code QueueService::details} in the app. */
@FunctionalInterface
public interface DetailsSource {
    Optional<ApplicationDetails> details(String reference);
}
