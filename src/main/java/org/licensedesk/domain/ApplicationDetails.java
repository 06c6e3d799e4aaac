package org.licensedesk.domain;

import java.util.Objects;

/** An application as the details pane shows it: all its parts and where it stands against its deadline. */
public record ApplicationDetails(LicenceApplication application, Deadline deadline) {
    public ApplicationDetails {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(deadline, "deadline");
    }
}
