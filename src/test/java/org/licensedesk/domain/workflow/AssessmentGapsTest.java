package org.licensedesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentGapsTest {

    private static Map<ReviewFactor, FactorRating> allRated() {
        Map<ReviewFactor, FactorRating> ratings = new EnumMap<>(ReviewFactor.class);
        for (ReviewFactor factor : ReviewFactor.values()) {
            ratings.put(factor, FactorRating.NO_CONCERN);
        }
        return ratings;
    }

    private static Map<ReviewFactor, String> allCommented() {
        Map<ReviewFactor, String> comments = new EnumMap<>(ReviewFactor.class);
        for (ReviewFactor factor : ReviewFactor.values()) {
            comments.put(factor, "Checked against the file.");
        }
        return comments;
    }

    @Test
    void everyFactorRatedAndCommentedIsComplete() {
        AssessmentGaps gaps = AssessmentGaps.of(allRated(), allCommented());

        assertThat(gaps.isComplete()).isTrue();
        assertThat(gaps.count()).isZero();
    }

    @Test
    void anEmptyAssessmentLacksEveryRatingAndEveryComment() {
        AssessmentGaps gaps = AssessmentGaps.of(Map.of(), Map.of());

        assertThat(gaps.unrated()).containsExactly(ReviewFactor.values());
        assertThat(gaps.uncommented()).containsExactly(ReviewFactor.values());
        assertThat(gaps.count()).isEqualTo(16);
    }

    @Test
    void eachGapIsNamedAtOnceNotOnlyTheFirst() {
        Map<ReviewFactor, FactorRating> ratings = allRated();
        ratings.put(ReviewFactor.DESTINATION, null);
        ratings.remove(ReviewFactor.OTHER);
        Map<ReviewFactor, String> comments = allCommented();
        comments.put(ReviewFactor.NATIONAL_SECURITY, "  \n ");
        comments.remove(ReviewFactor.OTHER);

        AssessmentGaps gaps = AssessmentGaps.of(ratings, comments);

        assertThat(gaps.isComplete()).isFalse();
        assertThat(gaps.unrated()).isEqualTo(EnumSet.of(ReviewFactor.DESTINATION, ReviewFactor.OTHER));
        assertThat(gaps.uncommented()).isEqualTo(EnumSet.of(ReviewFactor.NATIONAL_SECURITY, ReviewFactor.OTHER));
        assertThat(gaps.count()).isEqualTo(4);
    }
}
