package org.licensedesk.drafts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;

/**
 * An assessment a reviewer has started but not saved to the audit trail: what they rated and wrote so far, kept so
 * that closing the pane, switching applications or restarting loses nothing.
 *
 * @param factors the factors as far as filled in, in any order; a factor may have a comment but no rating yet
 * @param savedAt when the draft was last kept
 */
public record AssessmentDraft(String reference, List<Factor> factors, String note, Instant savedAt) {

    /** One factor of a draft: its rating (null while none is chosen) and comment. */
    public record Factor(ReviewFactor factor, FactorRating rating, String comment) {
        public Factor {
            Objects.requireNonNull(factor, "factor");
            comment = comment == null ? "" : comment;
        }
    }

    public AssessmentDraft {
        Objects.requireNonNull(reference, "reference");
        factors = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(factors, "factors")));
        note = note == null ? "" : note;
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
