package org.licensedesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.licensedesk.domain.WorkingDayCalendar;

/**
 * When the demo officials acted: on working days after an application arrived, in office hours of the clock's time
 * zone, one action after the other, and never after now.
 */
final class DemoTimeline {
    private static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);
    /** Receipts are entered from 09:00 to 17:00, actions taken from 09:00 to 17:30. */
    private static final int RECEIPT_MINUTES = 8 * 60;
    private static final int OFFICE_MINUTES = 8 * 60 + 30;

    /**
     * An action {@code gap} working days after the one before.
     *
     * @param recentWithin when positive, the action lies at most this many working days before the last day
     */
    record Gap(int gap, int recentWithin) {
    }

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate lastDay;

    DemoTimeline(WorkingDayCalendar calendar, ZoneId zone, Instant now) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, zone);
        // Before the office opens today, the last working day is yesterday.
        this.lastDay = now.isBefore(today.atTime(OFFICE_OPENS.plusMinutes(30)).atZone(zone).toInstant())
                ? today.minusDays(1) : today;
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** When an application received on {@code day} was entered. */
    Instant receipt(LocalDate day, SplittableRandom random) {
        return officeTime(day, random, RECEIPT_MINUTES);
    }

    /** The day of an instant in the office's time zone. */
    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * The times of actions following each other after the receipt: on working days as the gaps say, squeezed into the
     * days up to now when they would run past it, at increasing times in office hours.
     */
    List<Instant> place(LocalDate receivedOn, Instant receivedAt, List<Gap> gaps, SplittableRandom random) {
        int n = gaps.size();
        int available = Math.max(0, calendar.workingDaysBetween(receivedOn, lastDay));
        int[] days = new int[n];
        int day = 0;
        for (int i = 0; i < n; i++) {
            day += gaps.get(i).gap();
            if (gaps.get(i).recentWithin() > 0) {
                day = Math.max(day, available - random.nextInt(gaps.get(i).recentWithin()));
            }
            days[i] = day;
        }
        if (n > 0 && days[n - 1] > available) {
            int last = days[n - 1];
            for (int i = 0; i < n; i++) {
                days[i] = (int) ((long) days[i] * available / last);
            }
        }
        List<Instant> times = new ArrayList<>(n);
        Instant cursor = receivedAt;
        for (int i = 0; i < n; i++) {
            LocalDate date = days[i] == 0 ? receivedOn : calendar.addWorkingDays(receivedOn, days[i]);
            Instant at = officeTime(date, random, OFFICE_MINUTES);
            if (!at.isAfter(cursor)) {
                at = cursor.plus(Duration.ofMinutes(5 + random.nextInt(85))).plusSeconds(random.nextInt(60));
            }
            if (at.isAfter(now)) {
                // Out of time: the rest share what is left before now, evenly.
                long left = Duration.between(cursor, now).toMillis();
                at = cursor.plusMillis(Math.max(1, left / (n - i + 1)));
            }
            times.add(at);
            cursor = at;
        }
        return times;
    }

    /** A time on {@code day} in the office's time zone, up to {@code minutes} after it opens. */
    private Instant officeTime(LocalDate day, SplittableRandom random, int minutes) {
        return day.atTime(OFFICE_OPENS).plusMinutes(random.nextInt(minutes)).plusSeconds(random.nextInt(60))
                .atZone(zone).toInstant();
    }
}
