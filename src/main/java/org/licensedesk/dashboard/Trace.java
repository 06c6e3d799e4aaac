package org.licensedesk.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import org.licensedesk.domain.history.HistoryFilter;

/**
 * How a dashboard figure traces to the applications behind it. Most figures are a history filter of their own
 * (days, decision actions, outcome, element, country); the others name the applications, found when asked
 * ({@link DashboardService#historyFilter(Trace)}), since a chart of 100,000 applications should not carry them all.
 */
public sealed interface Trace {

    /** A figure the filter's parts describe exactly. */
    record Entries(HistoryFilter filter) implements Trace {
        public Entries {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** The decisions made on these days (inclusive) within the deadline, or late. */
    record Decisions(LocalDate first, LocalDate last, boolean withinDeadline) implements Trace {
        public Decisions {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /**
     * The applications open on {@code asOf} whose deadline clock had run from {@code fromDays} to {@code toDays}
     * working days (both inclusive) and that have a statutory limit; or, when {@code withoutLimit}, those without one
     * (referred to the State Council, Regulations Art. 17(2); a watch-list party, Art. 26), whatever their age.
     */
    record OpenAged(int fromDays, int toDays, LocalDate asOf, boolean withoutLimit) implements Trace {
        public OpenAged {
            Objects.requireNonNull(asOf, "asOf");
        }

        public OpenAged(int fromDays, int toDays, LocalDate asOf) {
            this(fromDays, toDays, asOf, false);
        }
    }
}
