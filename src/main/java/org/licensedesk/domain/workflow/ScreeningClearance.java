package org.licensedesk.domain.workflow;

import org.licensedesk.domain.MofcomListing;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.ScreeningHit;

/**
 * What the decision workflow needs to know about an application's screening: hits still without a disposition,
 * and the hits recorded as true matches, which block approval.
 *
 * @param hits all the application's hits, whatever their disposition (the countersigning supervisor sees the count)
 */
public record ScreeningClearance(int undisposedHits, List<ScreeningHit> trueMatches, int hits) {
    /** No hits. */
    public static final ScreeningClearance CLEAR = new ScreeningClearance(0, List.of(), 0);

    public ScreeningClearance {
        if (undisposedHits < 0) {
            throw new IllegalArgumentException("undisposedHits < 0");
        }
        trueMatches = List.copyOf(Objects.requireNonNull(trueMatches, "trueMatches"));
        if (hits < undisposedHits + trueMatches.size()) {
            throw new IllegalArgumentException("hits < undisposed hits + true matches");
        }
    }

    public static ScreeningClearance of(List<ScreeningHit> hits) {
        int undisposed = (int) hits.stream().filter(hit -> !hit.isDisposed()).count();
        return new ScreeningClearance(undisposed, hits.stream().filter(ScreeningHit::isTrueMatch).toList(),
                hits.size());
    }

    public boolean hasTrueMatch() {
        return !trueMatches.isEmpty();
    }

    /**
     * The true matches that bar approval: all but those on MOFCOM's watch list, where the Regulations (Art. 26) allow a
     * single licence on conditions instead (see {@link RegimeRules}).
     */
    public List<ScreeningHit> blockingMatches() {
        return trueMatches.stream().filter(hit -> !isWatchList(hit)).toList();
    }

    public boolean hasBlockingMatch() {
        return !blockingMatches().isEmpty();
    }

    /** The true matches on MOFCOM's watch list (Art. 26). */
    public List<ScreeningHit> watchListMatches() {
        return trueMatches.stream().filter(ScreeningClearance::isWatchList).toList();
    }

    private static boolean isWatchList(ScreeningHit hit) {
        return MofcomListing.MofcomList.ofListName(hit.listName()) == MofcomListing.MofcomList.WATCH
                && "MOFCOM".equals(hit.source());
    }
}
