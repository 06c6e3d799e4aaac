package org.licensedesk.domain.workflow;

import java.util.Objects;

/** A reviewer's rating of one review factor, with the comment that supports it. */
public record FactorAssessment(ReviewFactor factor, FactorRating rating, String comment) {
    public FactorAssessment {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rating, "rating");
        comment = comment == null ? "" : comment.strip();
    }
}
