package org.licensedesk.domain.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an assessment being written still lacks, factor by factor, so a form can show every gap beside its field at
 * once; {@link WorkflowRules} refuses the command with the first of them. An assessment is complete when each of the
 * eight review factors has a rating and a comment that supports it.
 *
 * @param unrated     the factors without a rating
 * @param uncommented the factors without a comment (whether rated or not)
 */
public record AssessmentGaps(Set<ReviewFactor> unrated, Set<ReviewFactor> uncommented) {

    public AssessmentGaps {
        unrated = Collections.unmodifiableSet(copy(unrated));
        uncommented = Collections.unmodifiableSet(copy(uncommented));
    }

    /**
     * @param ratings  the rating chosen per factor; a factor missing or mapped to null is unrated
     * @param comments the comment per factor; missing, null or blank is no comment
     */
    public static AssessmentGaps of(Map<ReviewFactor, FactorRating> ratings, Map<ReviewFactor, String> comments) {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(comments, "comments");
        Set<ReviewFactor> unrated = EnumSet.noneOf(ReviewFactor.class);
        Set<ReviewFactor> uncommented = EnumSet.noneOf(ReviewFactor.class);
        for (ReviewFactor factor : ReviewFactor.values()) {
            if (ratings.get(factor) == null) {
                unrated.add(factor);
            }
            String comment = comments.get(factor);
            if (comment == null || comment.isBlank()) {
                uncommented.add(factor);
            }
        }
        return new AssessmentGaps(unrated, uncommented);
    }

    public boolean isComplete() {
        return unrated.isEmpty() && uncommented.isEmpty();
    }

    /** How many fields still need filling in: a rating and a comment count one each. */
    public int count() {
        return unrated.size() + uncommented.size();
    }

    private static Set<ReviewFactor> copy(Set<ReviewFactor> factors) {
        Set<ReviewFactor> copy = EnumSet.noneOf(ReviewFactor.class);
        copy.addAll(Objects.requireNonNull(factors, "factors"));
        return copy;
    }
}
