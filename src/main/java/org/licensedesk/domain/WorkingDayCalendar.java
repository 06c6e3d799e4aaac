package org.licensedesk.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The PRC official working-day calendar, used to count the statutory time limit of a licence decision
 * ({@value #DECISION_WORKING_DAYS} working days). A working day is a Monday to Friday that is not a public
 * holiday, or a weekend day the State Council declared a make-up working day. Years the calendar file does not
 * cover fall back to plain Monday to Friday, and results that relied on that are flagged provisional.
 *
 * <p>Immutable and thread-safe. Counting is arithmetic (weekdays by formula, plus a binary search in the sorted
 * holiday corrections), so the queue can compute deadlines for 100,000 rows without walking days.
 */
public final class WorkingDayCalendar {

    /** Working days the authority has to decide on a complete application. */
    public static final int DECISION_WORKING_DAYS = 45;

    private static final String RESOURCE = "/org/licensedesk/domain/holidays-cn.csv";
    private static final String HEADER = "date,kind,name";

    /** What the official calendar says about a day. */
    public enum Kind {
        /** Public holiday: no work, even if it falls on a weekday. */
        HOLIDAY,
        /** Make-up working day on a Saturday or Sunday. */
        WORKDAY
    }

    /** One row of the official calendar. */
    public record CalendarDay(LocalDate date, Kind kind, String name) {
        public CalendarDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            name = name == null ? "" : name.strip();
        }
    }

    private final List<CalendarDay> days;
    private final Map<LocalDate, CalendarDay> byDate;
    private final SortedSet<Integer> coveredYears;
    /** Epoch days whose status differs from the plain weekday rule, ascending. */
    private final long[] correctionDays;
    /** correctionSums[i] = sum of the corrections of correctionDays[0..i-1] (+1 make-up day, -1 weekday holiday). */
    private final int[] correctionSums;

    /**
     * Builds a calendar from its special days. The covered years are exactly the years those days fall in.
     *
     * @throws IllegalArgumentException if a date is listed twice or a make-up WORKDAY is not on a weekend
     */
    public WorkingDayCalendar(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarDay day : days) {
            Objects.requireNonNull(day, "day");
            checkMakeUpDayIsWeekend(day);
            if (map.put(day.date(), day) != null) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
            years.add(day.date().getYear());
        }
        List<CalendarDay> sorted = new ArrayList<>(map.values());
        sorted.sort(Comparator.comparing(CalendarDay::date));
        this.days = List.copyOf(sorted);
        this.byDate = Map.copyOf(map);
        this.coveredYears = Collections.unmodifiableSortedSet(years);

        // Only days that change the Monday-to-Friday count matter for counting; holidays on weekends do not.
        long[] corrDays = new long[sorted.size()];
        int[] sums = new int[sorted.size() + 1];
        int n = 0;
        for (CalendarDay day : sorted) {
            int correction = correction(day);
            if (correction != 0) {
                corrDays[n] = day.date().toEpochDay();
                sums[n + 1] = sums[n] + correction;
                n++;
            }
        }
        this.correctionDays = Arrays.copyOf(corrDays, n);
        this.correctionSums = Arrays.copyOf(sums, n + 1);
    }

    /** The calendar shipped with the application. */
    public static WorkingDayCalendar official() {
        return Official.CALENDAR;
    }

    // Holder idiom: parsed once, on first use, and shared (the calendar is immutable).
    private static final class Official {
        static final WorkingDayCalendar CALENDAR = load();

        private static WorkingDayCalendar load() {
            InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Bundled holiday calendar " + RESOURCE + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
        }
    }

    /**
     * Parses the {@code date,kind,name} CSV format of {@code holidays-cn.csv}. The header line is optional;
     * blank lines and lines starting with {@code #} are skipped. The reader is not closed.
     *
     * @throws IllegalArgumentException naming the line of the first malformed row, or if there are no rows
     * @throws UncheckedIOException     if the reader fails
     */
    public static WorkingDayCalendar parse(Reader reader) {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // files saved by spreadsheet programs often carry a BOM
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (days.isEmpty() && lineOf.isEmpty() && trimmed.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    continue;
                }
                CalendarDay day = parseRow(trimmed, lineNumber);
                Integer earlier = lineOf.put(day.date(), lineNumber);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "Line " + lineNumber + ": " + day.date() + " is already listed on line " + earlier);
                }
                days.add(day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the holiday calendar at line " + (lineNumber + 1), e);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("The holiday calendar has no rows (expected " + HEADER + ")");
        }
        return new WorkingDayCalendar(days);
    }

    private static CalendarDay parseRow(String line, int lineNumber) {
        String[] cells = line.split(",", 3);
        if (cells.length < 3) {
            throw new IllegalArgumentException("Line " + lineNumber + ": expected " + HEADER + " but found "
                    + cells.length + (cells.length == 1 ? " column" : " columns") + ": '" + line + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Line " + lineNumber + ": '" + cells[0].strip()
                    + "' is not a date in the form YYYY-MM-DD", e);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + lineNumber + ": kind must be HOLIDAY or WORKDAY, not '"
                    + cells[1].strip() + "'", e);
        }
        CalendarDay day = new CalendarDay(date, kind, unquote(cells[2].strip()));
        try {
            checkMakeUpDayIsWeekend(day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + lineNumber + ": " + e.getMessage(), e);
        }
        return day;
    }

    private static String unquote(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }

    // A WORKDAY on a weekday would change nothing and almost certainly means a mistyped date.
    private static void checkMakeUpDayIsWeekend(CalendarDay day) {
        if (day.kind() == Kind.WORKDAY && !isWeekend(day.date())) {
            throw new IllegalArgumentException(day.date() + " is a "
                    + day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", so it cannot be a make-up WORKDAY");
        }
    }

    private static int correction(CalendarDay day) {
        boolean weekend = isWeekend(day.date());
        if (day.kind() == Kind.WORKDAY) {
            return weekend ? 1 : 0;
        }
        return weekend ? 0 : -1;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** The special days this calendar was built from, by date. */
    public List<CalendarDay> days() {
        return days;
    }

    /** The years the official calendar covers, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** The holiday or make-up day entry for that date, if the calendar lists it. */
    public Optional<CalendarDay> special(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = byDate.get(date);
        if (day != null) {
            return day.kind() == Kind.WORKDAY;
        }
        return !isWeekend(date);
    }

    /**
     * The n-th working day after {@code start}; {@code start} itself does not count, so it need not be a working
     * day. {@code n = 0} returns {@code start}; a negative n counts backwards (the |n|-th working day before).
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n == 0) {
            return start;
        }
        long s = start.toEpochDay();
        // rank() rises by one exactly on working days, so the wanted day is the first day whose rank reaches
        // the target rank; it is then a working day with exactly that rank.
        long target;
        long lo;
        long hi;
        if (n > 0) {
            target = rank(s) + n;
            lo = s;
            hi = s + 2L * n + 16; // 7/5 of n plus a long holiday covers almost every case in one step
            while (rank(hi) < target) {
                hi += hi - s;
            }
        } else {
            // The first working day before start is the last working day up to start - 1.
            target = rank(s - 1) + n + 1;
            hi = s - 1;
            lo = s + 2L * n - 16;
            while (rank(lo) >= target) {
                lo -= s - lo;
            }
        }
        // Invariant: rank(lo) < target <= rank(hi). Binary search for the smallest such day.
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (rank(mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return LocalDate.ofEpochDay(hi);
    }

    /**
     * The number of working days d with {@code from < d <= to}; negative (the same count, negated) when
     * {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(rank(to.toEpochDay()) - rank(from.toEpochDay()));
    }

    /**
     * The statutory decision date of an application received (accepted as complete) on {@code receivedOn}.
     *
     * @param workingDays        the time limit, usually {@link #DECISION_WORKING_DAYS}
     * @param stoppedWorkingDays working days the clock was stopped (waiting for the applicant); they extend the date
     * @param today              the day the remaining time is counted from
     */
    public Deadline deadline(LocalDate receivedOn, int workingDays, int stoppedWorkingDays, LocalDate today) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(today, "today");
        if (workingDays < 0 || stoppedWorkingDays < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + workingDays + ", stopped "
                    + stoppedWorkingDays);
        }
        LocalDate date = addWorkingDays(receivedOn, workingDays + stoppedWorkingDays);
        int left = workingDaysBetween(today, date);
        // Both the date and the days left were counted; any uncovered year in either span was plain weekdays.
        int firstYear = Math.min(receivedOn.getYear(), today.getYear());
        int lastYear = Math.max(date.getYear(), today.getYear());
        boolean provisional = false;
        for (int year = firstYear; year <= lastYear && !provisional; year++) {
            provisional = !covers(year);
        }
        return new Deadline(date, left, provisional);
    }

    /**
     * Working days up to and including the given epoch day, from an arbitrary origin. Differences of ranks are
     * working-day counts, which makes counting O(log holidays) instead of a walk over the days.
     */
    private long rank(long epochDay) {
        return weekdaysUpTo(epochDay) + correctionUpTo(epochDay);
    }

    // Mon-Fri days up to epochDay; epoch day -3 (1969-12-29) is a Monday, so shift to Monday-based weeks.
    private static long weekdaysUpTo(long epochDay) {
        long s = epochDay + 3;
        return 5 * Math.floorDiv(s, 7) + Math.min(Math.floorMod(s, 7), 4) + 1;
    }

    private int correctionUpTo(long epochDay) {
        int i = Arrays.binarySearch(correctionDays, epochDay);
        int count = i >= 0 ? i + 1 : -i - 1; // corrections on or before the day
        return correctionSums[count];
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + coveredYears + " with " + days.size() + " special days";
    }
}
