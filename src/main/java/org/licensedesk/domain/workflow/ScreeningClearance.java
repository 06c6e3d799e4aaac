package org.licensedesk.domain.workflow;

import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.ScreeningHit;

/**
 * What the decision workflow needs to know about an application's screening: hits still without a disposition,
 * and the hits recorded as true matches, which block approval.
 */
public record ScreeningClearance(int undisposedHits, List<ScreeningHit> trueMatches) {
    /** No hits, or every hit a false positive. */
    public static final ScreeningClearance CLEAR = new ScreeningClearance(0, List.of());

    public ScreeningClearance {
        if (undisposedHits < 0) {
            throw new IllegalArgumentException("undisposedHits < 0");
        }
        trueMatches = List.copyOf(Objects.requireNonNull(trueMatches, "trueMatches"));
    }

    public static ScreeningClearance of(List<ScreeningHit> hits) {
        int undisposed = (int) hits.stream().filter(hit -> !hit.isDisposed()).count();
        return new ScreeningClearance(undisposed, hits.stream().filter(ScreeningHit::isTrueMatch).toList());
    }

    public boolean hasTrueMatch() {
        return !trueMatches.isEmpty();
    }
}
