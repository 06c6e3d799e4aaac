package org.licensedesk.domain.appeal;

import java.time.LocalDate;
import java.util.Objects;

/** An application for administrative reconsideration of a denial. {@code status} is OPEN, UPHELD or GRANTED. */
public record Appeal(long id, String applicationRef, LocalDate receivedOn, String status, String reviewer,
                     AppealOutcome recommendation, String decidedBy, long version) {

    public Appeal {
        Objects.requireNonNull(applicationRef, "applicationRef");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
    }

    public boolean open() {
        return "OPEN".equals(status);
    }
}
