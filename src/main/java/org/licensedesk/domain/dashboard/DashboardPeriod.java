package org.licensedesk.domain.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The whole months a dashboard covers, from the first day of {@code from} to the last day of {@code to}. */
public record DashboardPeriod(YearMonth from, YearMonth to) {
    /** The default period: this month and the five before it. */
    public static final int DEFAULT_MONTHS = 6;

    public DashboardPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last month " + to + " is before the first month " + from);
        }
    }

    /** The {@code months} months up to and including the month of {@code today}. */
    public static DashboardPeriod lastMonths(int months, LocalDate today) {
        if (months < 1) {
            throw new IllegalArgumentException("A period has at least one month, not " + months);
        }
        YearMonth current = YearMonth.from(today);
        return new DashboardPeriod(current.minusMonths(months - 1L), current);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
