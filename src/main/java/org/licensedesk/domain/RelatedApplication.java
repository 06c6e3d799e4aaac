package org.licensedesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An earlier application of the same applicant or the same end user, as the Related tab lists it.
 *
 * @param status       where it stands now; once final, this is its outcome
 * @param decidedAt    when it reached its final status, or null while open
 * @param controlCodes the distinct control codes of its items, in item order
 * @param totalKg      its items' total mass in kilograms
 */
public record RelatedApplication(String reference, Relation relation, LocalDate receivedOn,
        ApplicationStatus status, Instant decidedAt, String elements, List<String> controlCodes,
        BigDecimal totalKg) {

    /** What the two applications share. */
    public enum Relation {
        SAME_APPLICANT, SAME_END_USER, SAME_APPLICANT_AND_END_USER;

        public static Relation of(boolean sameApplicant, boolean sameEndUser) {
            if (sameApplicant && sameEndUser) {
                return SAME_APPLICANT_AND_END_USER;
            }
            if (sameApplicant) {
                return SAME_APPLICANT;
            }
            if (sameEndUser) {
                return SAME_END_USER;
            }
            throw new IllegalArgumentException("An application is related by its applicant, its end user or both");
        }
    }

    public RelatedApplication {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
        controlCodes = List.copyOf(controlCodes);
    }

    /** The final status it was decided with, or null while it is open. */
    public ApplicationStatus outcome() {
        return status.isFinal() ? status : null;
    }
}
