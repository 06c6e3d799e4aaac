package org.licensedesk.domain.workflow;

import java.util.Objects;

/** Why a licence should be or was denied, tied to the review factor it rests on. */
public record DenialReason(ReviewFactor factor, String reason) {
    public DenialReason {
        Objects.requireNonNull(factor, "factor");
        reason = reason == null ? "" : reason.strip();
    }
}
