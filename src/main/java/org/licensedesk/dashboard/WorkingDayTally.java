package org.licensedesk.dashboard;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Counts of decisions by working days taken, for a median without a list of every decision. */
final class WorkingDayTally {
    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    void add(int workingDays, long count) {
        counts.merge(workingDays, count, Long::sum);
        total += count;
    }

    long total() {
        return total;
    }

    /** The middle value; with an even count, the mean of the two middle values. Empty when nothing was counted. */
    OptionalDouble median() {
        if (total == 0) {
            return OptionalDouble.empty();
        }
        // Zero-based positions of the middle value(s) in the sorted list the counts stand for.
        long lower = (total - 1) / 2;
        long upper = total / 2;
        Integer lowerValue = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (lowerValue == null && seen > lower) {
                lowerValue = entry.getKey();
            }
            if (seen > upper) {
                return OptionalDouble.of((lowerValue + entry.getKey()) / 2.0);
            }
        }
        throw new IllegalStateException("The counts add up to less than their total " + total);
    }
}
