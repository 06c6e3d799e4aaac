package org.licensedesk.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.dashboard.DashboardPeriod;

/**
 * Every figure of the supervisors' dashboards for one period, as of one day; each figure carries the {@link Trace}
 * to the applications behind it.
 *
 * @param countries the destinations with the most approved kilograms, at most
 *                  {@value DashboardService#COUNTRIES_SHOWN}
 */
public record Dashboard(DashboardPeriod period, LocalDate asOf, List<WeekDecisions> weeks,
        List<MonthDeadline> months, List<ElementFigures> elements, List<CountryFigures> countries,
        List<AgeBucket> openByAge, DecisionDurations durations) {

    /** One outcome's decisions in one week. */
    public record OutcomeCount(ApplicationStatus outcome, long count, Trace trace) {
    }

    /**
     * The decisions of one ISO week, by outcome (approved, denied, returned, withdrawn, always all four).
     *
     * @param week  such as 2026-W05
     * @param first the week's first day within the period
     * @param last  the week's last day within the period
     */
    public record WeekDecisions(String week, LocalDate first, LocalDate last, List<OutcomeCount> outcomes) {
        public long total() {
            return outcomes.stream().mapToLong(OutcomeCount::count).sum();
        }
    }

    /** The decisions of one month made within the 45 working days and those made late. */
    public record MonthDeadline(YearMonth month, long within, long late, Trace all, Trace withinTrace,
            Trace lateTrace) {
        /** The share within the deadline, from 0 to 1; empty in a month without decisions. */
        public OptionalDouble share() {
            long total = within + late;
            return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) within / total);
        }
    }

    /**
     * Decisions on the merits of applications with an item of one element.
     *
     * @param approvedKg     the approved items of this element in kilograms; items in pieces are not in it
     * @param approvedPieces the approved items of this element declared in pieces, which have no mass
     * @param decisions      the approvals and denials behind the approval rate
     * @param approvals      the approvals behind the quantities
     */
    public record ElementFigures(String element, long approved, long denied, BigDecimal approvedKg,
            BigDecimal approvedPieces, Trace decisions, Trace approvals) {
        /** Approved of approved and denied, from 0 to 1; returned and withdrawn applications were not decided on. */
        public OptionalDouble approvalRate() {
            long total = approved + denied;
            return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) approved / total);
        }
    }

    /** Approved applications for end users in one country; kilograms as in {@link ElementFigures}. */
    public record CountryFigures(String country, long approved, BigDecimal approvedKg, Trace trace) {
    }

    /**
     * Open applications whose deadline clock has run {@code fromDays} to {@code toDays} working days (both
     * inclusive; {@code toDays} is {@link Integer#MAX_VALUE} for the last bucket, past the deadline).
     */
    public record AgeBucket(int fromDays, int toDays, long count, Trace trace) {
        public boolean isOpenEnded() {
            return toDays == Integer.MAX_VALUE;
        }

        /**
         * The bar of open applications without a statutory limit (Regulations Arts. 17(2), 26), after the others and
         * only when there are any: they are never late, whatever their age.
         */
        public boolean withoutLimit() {
            return trace instanceof Trace.OpenAged aged && aged.withoutLimit();
        }
    }

    /** The median working days from receipt to decision (without days the clock was stopped) in one month. */
    public record MonthDuration(YearMonth month, long decisions, OptionalDouble median, Trace trace) {
    }

    /** The median over the whole period, and per month. */
    public record DecisionDurations(long decisions, OptionalDouble median, Trace trace, List<MonthDuration> months) {
    }
}
