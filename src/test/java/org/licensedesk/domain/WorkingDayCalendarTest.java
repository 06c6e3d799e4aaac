package org.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.WorkingDayCalendar.CalendarDay;
import org.licensedesk.domain.WorkingDayCalendar.Kind;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- which days are working days ----

    @Test
    void makeUpSundayBeforeSpringFestival2025CountsAsWorkingDay() {
        assertThat(d("2025-01-26").getDayOfWeek().toString()).isEqualTo("SUNDAY");
        assertThat(calendar.isWorkingDay(d("2025-01-26"))).isTrue();
    }

    @Test
    void makeUpSaturdayCountsAsWorkingDay() {
        assertThat(calendar.isWorkingDay(d("2025-02-08"))).isTrue();  // Spring Festival 2025
        assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();  // Golden Week 2025
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();  // Spring Festival 2026
        assertThat(calendar.isWorkingDay(d("2026-02-28"))).isTrue();
    }

    @Test
    void springFestivalWeekdaysAreNotWorkingDays() {
        for (LocalDate day = d("2025-01-28"); !day.isAfter(d("2025-02-04")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2025-02-05"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-02-24"))).isTrue();
    }

    @Test
    void goldenWeek2025IsOffButItsMakeUpSundayAndSaturdayAreWorked() {
        assertThat(calendar.isWorkingDay(d("2025-09-28"))).isTrue();  // Sunday before
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2025-10-09"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();  // Saturday after
        assertThat(calendar.isWorkingDay(d("2025-10-12"))).isFalse(); // an ordinary Sunday
    }

    @Test
    void ordinaryWeekdaysAndWeekendsFollowTheWeek() {
        assertThat(calendar.isWorkingDay(d("2025-03-12"))).isTrue();  // Wednesday
        assertThat(calendar.isWorkingDay(d("2025-03-15"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(d("2025-03-16"))).isFalse(); // Sunday
    }

    @Test
    void uncoveredYearIsPlainMondayToFriday() {
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();  // a Friday; its holiday is not known yet
        assertThat(calendar.isWorkingDay(d("2027-02-06"))).isFalse(); // Saturday
    }

    @Test
    void coversExactlyTheYearsInTheFile() {
        assertThat(calendar.coveredYears()).containsExactly(2025, 2026);
        assertThat(calendar.covers(2024)).isFalse();
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
    }

    @Test
    void knowsTheNameOfASpecialDay() {
        assertThat(calendar.special(d("2025-01-26"))).get()
                .isEqualTo(new CalendarDay(d("2025-01-26"), Kind.WORKDAY, "Spring Festival"));
        assertThat(calendar.special(d("2025-03-12"))).isEmpty();
    }

    // ---- adding working days ----

    @Test
    void dayAfterTheLastWorkingDayBeforeGoldenWeekIsTheFirstAfterIt() {
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
    }

    @Test
    void nextWorkingDayAfterFridayCanBeAMakeUpSunday() {
        assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
    }

    @Test
    void springFestival2025IsSkipped() {
        // Monday 27 Jan is worked, then 28 Jan to 4 Feb are off, so the next working days are 5 and 6 Feb.
        assertThat(calendar.addWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
        assertThat(calendar.addWorkingDays(d("2025-01-27"), 2)).isEqualTo(d("2025-02-06"));
        assertThat(calendar.addWorkingDays(d("2025-02-07"), 1)).isEqualTo(d("2025-02-08"));
    }

    @Test
    void springFestival2026IsSkippedBetweenItsTwoMakeUpSaturdays() {
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addWorkingDays(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
        assertThat(calendar.addWorkingDays(d("2026-02-27"), 1)).isEqualTo(d("2026-02-28"));
    }

    @Test
    void nationalDay2026EndsWithAMakeUpSaturday() {
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
    }

    @Test
    void startDayDoesNotCountEvenOnAHoliday() {
        assertThat(calendar.addWorkingDays(d("2025-10-05"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(calendar.addWorkingDays(d("2025-10-05"), 0)).isEqualTo(d("2025-10-05"));
    }

    @Test
    void crossesFromOneCoveredYearIntoTheNext() {
        // 1 to 3 Jan 2026 are off, Sunday 4 Jan is a make-up day.
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
    }

    @Test
    void negativeCountGoesBackToEarlierWorkingDays() {
        assertThat(calendar.addWorkingDays(d("2025-10-09"), -1)).isEqualTo(d("2025-09-30"));
        assertThat(calendar.addWorkingDays(d("2025-10-05"), -1)).isEqualTo(d("2025-09-30"));
        assertThat(calendar.addWorkingDays(d("2025-11-07"), -45)).isEqualTo(d("2025-09-01"));
    }

    @Test
    void agreesWithADayByDayWalkAcrossBothYearsAndTheirEdges() {
        for (LocalDate start = d("2024-12-01"); start.isBefore(d("2027-02-01")); start = start.plusDays(1)) {
            for (int n : new int[] {1, 2, 7, 45, 60}) {
                LocalDate walked = start;
                for (int left = n; left > 0; ) {
                    walked = walked.plusDays(1);
                    if (calendar.isWorkingDay(walked)) {
                        left--;
                    }
                }
                assertThat(calendar.addWorkingDays(start, n)).as(start + " + " + n).isEqualTo(walked);
                assertThat(calendar.workingDaysBetween(start, walked)).isEqualTo(n);
            }
        }
    }

    // ---- counting working days ----

    @Test
    void countsDaysAfterFromUpToAndIncludingTo() {
        // 26 Jan (make-up Sunday), 27 Jan, 5, 6, 7 Feb, 8 Feb (make-up Saturday), 10 Feb.
        assertThat(calendar.workingDaysBetween(d("2025-01-24"), d("2025-02-10"))).isEqualTo(7);
        // 14 Feb (make-up Saturday), 24 to 27 Feb, 28 Feb (make-up Saturday), 2 Mar.
        assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-03-02"))).isEqualTo(7);
    }

    @Test
    void isNegativeAndSymmetricWhenToIsBeforeFrom() {
        assertThat(calendar.workingDaysBetween(d("2025-02-10"), d("2025-01-24"))).isEqualTo(-7);
        assertThat(calendar.workingDaysBetween(d("2025-05-05"), d("2025-05-05"))).isZero();
    }

    @Test
    void year2025HasTwoHundredFortyEightWorkingDays() {
        // 261 weekdays, minus 18 holidays that fall on weekdays, plus 5 make-up weekend days.
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
    }

    @Test
    void agreesWithADayByDayCount() {
        LocalDate from = d("2024-11-15");
        int walked = 0;
        for (LocalDate to = from; to.isBefore(d("2027-03-01")); to = to.plusDays(1)) {
            if (to.isAfter(from) && calendar.isWorkingDay(to)) {
                walked++;
            }
            assertThat(calendar.workingDaysBetween(from, to)).as(to.toString()).isEqualTo(walked);
            assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-walked);
        }
    }

    // ---- deadlines ----

    @Test
    void decisionDeadlineAcrossGoldenWeek2025() {
        // Accepted Monday 1 Sep 2025; the day itself does not count.
        //  2-5 Sep: 4, 8-12: 9, 15-19: 14, 22-26: 19, Sun 28 Sep (make-up): 20, 29-30 Sep: 22,
        //  1-8 Oct off, 9-10 Oct: 24, Sat 11 Oct (make-up): 25, 13-17: 30, 20-24: 35, 27-31: 40,
        //  3-7 Nov: 45  ->  Friday 7 Nov 2025.
        Deadline deadline = calendar.deadline(d("2025-09-01"), WorkingDayCalendar.DECISION_WORKING_DAYS, 0,
                d("2025-09-01"));
        assertThat(deadline).isEqualTo(new Deadline(d("2025-11-07"), 45, false));
    }

    @Test
    void decisionDeadlineAcrossSpringFestival2026() {
        // Accepted Monday 5 Jan 2026: 6-9 Jan: 4, then five full weeks to 13 Feb: 29, Sat 14 Feb (make-up): 30,
        // 15-23 Feb off, 24-27 Feb: 34, Sat 28 Feb (make-up): 35, 2-6 Mar: 40, 9-13 Mar: 45 -> 13 Mar 2026.
        Deadline deadline = calendar.deadline(d("2026-01-05"), 45, 0, d("2026-01-05"));
        assertThat(deadline.date()).isEqualTo(d("2026-03-13"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void workingDaysLeftArePositiveBeforeTheDeadline() {
        assertThat(calendar.deadline(d("2025-09-01"), 45, 0, d("2025-10-31")).workingDaysLeft()).isEqualTo(5);
        // Counted from a holiday: 9, 10, 11 Oct, then four full weeks to 7 Nov.
        assertThat(calendar.deadline(d("2025-09-01"), 45, 0, d("2025-10-05")).workingDaysLeft()).isEqualTo(23);
    }

    @Test
    void workingDaysLeftAreZeroOnTheDayItself() {
        Deadline deadline = calendar.deadline(d("2025-09-01"), 45, 0, d("2025-11-07"));
        assertThat(deadline.workingDaysLeft()).isZero();
        assertThat(deadline.isPassed()).isFalse();
        assertThat(deadline.isNear()).isTrue();
    }

    @Test
    void workingDaysLeftAreNegativeOncePassed() {
        // Saturday 8 and Sunday 9 Nov are not working days, so the deadline is one working day late on Monday.
        assertThat(calendar.deadline(d("2025-09-01"), 45, 0, d("2025-11-09")).workingDaysLeft()).isZero();
        Deadline deadline = calendar.deadline(d("2025-09-01"), 45, 0, d("2025-11-10"));
        assertThat(deadline.workingDaysLeft()).isEqualTo(-1);
        assertThat(deadline.isPassed()).isTrue();
    }

    @Test
    void stoppedDaysExtendTheDeadline() {
        // Ten working days waiting for the applicant: two more weeks, Friday 21 Nov 2025.
        Deadline deadline = calendar.deadline(d("2025-09-01"), 45, 10, d("2025-11-10"));
        assertThat(deadline.date()).isEqualTo(d("2025-11-21"));
        assertThat(deadline.workingDaysLeft()).isEqualTo(9);
        assertThat(deadline.isPassed()).isFalse();
    }

    @Test
    void deadlineInUncoveredYearIsProvisionalAndCountsWeekdaysOnly() {
        // Accepted Tuesday 1 Dec 2026: 2-4 Dec: 3, 7-11: 8, 14-18: 13, 21-25: 18, 28-31: 22,
        // Fri 1 Jan 2027 counted as a weekday (2027 holidays are not published): 23, then four full weeks
        // to 29 Jan: 43, Mon 1 Feb: 44, Tue 2 Feb: 45.
        Deadline deadline = calendar.deadline(d("2026-12-01"), 45, 0, d("2026-12-01"));
        assertThat(deadline).isEqualTo(new Deadline(d("2027-02-02"), 45, true));
    }

    @Test
    void wholeApplicationInUncoveredYearIsPlainWeekdays() {
        // Monday 4 Jan 2027 plus 45 weekdays is nine weeks later: Monday 8 Mar 2027.
        Deadline deadline = calendar.deadline(d("2027-01-04"), 45, 0, d("2027-01-04"));
        assertThat(deadline).isEqualTo(new Deadline(d("2027-03-08"), 45, true));
    }

    @Test
    void receivedInUncoveredYearIsProvisional() {
        assertThat(calendar.deadline(d("2024-12-20"), 45, 0, d("2025-01-02")).provisional()).isTrue();
    }

    @Test
    void countingDaysLeftFromAnUncoveredYearIsProvisional() {
        // The date itself (Mon 9 Nov 2026) is firm, but the days since then run through 2027.
        Deadline deadline = calendar.deadline(d("2026-09-01"), 45, 0, d("2027-01-05"));
        assertThat(deadline.date()).isEqualTo(d("2026-11-09"));
        assertThat(deadline.workingDaysLeft()).isEqualTo(-41);
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void negativeDayCountsAreRefused() {
        assertThatThrownBy(() -> calendar.deadline(d("2025-09-01"), 45, -1, d("2025-09-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- parsing ----

    @Test
    void parsesRowsWithOrWithoutHeaderAndSkipsBlankAndCommentLines() {
        String csv = "\uFEFFdate,kind,name\n# test\n\n2030-01-01,HOLIDAY,New Year's Day\n"
                + "2030-01-05,workday,\"Make-up, for testing\"\n";
        WorkingDayCalendar parsed = WorkingDayCalendar.parse(new StringReader(csv));
        assertThat(parsed.coveredYears()).containsExactly(2030);
        assertThat(parsed.isWorkingDay(d("2030-01-01"))).isFalse();
        assertThat(parsed.isWorkingDay(d("2030-01-05"))).isTrue();
        assertThat(parsed.special(d("2030-01-05")).orElseThrow().name()).isEqualTo("Make-up, for testing");

        WorkingDayCalendar headerless = WorkingDayCalendar.parse(new StringReader("2030-01-01,HOLIDAY,x\n"));
        assertThat(headerless.covers(2030)).isTrue();
    }

    @Test
    void badDateIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-01,HOLIDAY,a\n2025-13-01,HOLIDAY,b\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 3")
                .hasMessageContaining("2025-13-01");
    }

    @Test
    void unknownKindIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-01,DAYOFF,a\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("HOLIDAY or WORKDAY")
                .hasMessageContaining("DAYOFF");
    }

    @Test
    void missingColumnsAreReportedWithTheirLine() {
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-01;HOLIDAY;a\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("date,kind,name");
    }

    @Test
    void dateListedTwiceIsRefused() {
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-01,HOLIDAY,a\n2025-01-01,HOLIDAY,b\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 3")
                .hasMessageContaining("line 2");
    }

    @Test
    void makeUpDayOnAWeekdayIsRefused() {
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-28,WORKDAY,a\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("Tuesday");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> parse("date,kind,name\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void buildsFromAListOfDays() {
        WorkingDayCalendar built = new WorkingDayCalendar(List.of(
                new CalendarDay(d("2025-01-28"), Kind.HOLIDAY, "Spring Festival"),
                new CalendarDay(d("2025-01-26"), Kind.WORKDAY, "Spring Festival")));
        assertThat(built.coveredYears()).containsExactly(2025);
        assertThat(built.days()).extracting(CalendarDay::date).containsExactly(d("2025-01-26"), d("2025-01-28"));
        assertThat(built.addWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-01-29"));
    }

    private WorkingDayCalendar parse(String csv) {
        return WorkingDayCalendar.parse(new StringReader(csv));
    }
}
