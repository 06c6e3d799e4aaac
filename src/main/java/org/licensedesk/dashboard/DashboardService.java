package org.licensedesk.dashboard;

import static org.licensedesk.dashboard.DecisionFilters.decisions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.dashboard.Dashboard.AgeBucket;
import org.licensedesk.dashboard.Dashboard.CountryFigures;
import org.licensedesk.dashboard.Dashboard.DecisionDurations;
import org.licensedesk.dashboard.Dashboard.ElementFigures;
import org.licensedesk.dashboard.Dashboard.MonthDeadline;
import org.licensedesk.dashboard.Dashboard.MonthDuration;
import org.licensedesk.dashboard.Dashboard.OutcomeCount;
import org.licensedesk.dashboard.Dashboard.WeekDecisions;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.dashboard.CountryApprovals;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.dashboard.DecisionDay;
import org.licensedesk.domain.dashboard.DecisionSpan;
import org.licensedesk.domain.dashboard.ElementOutcome;
import org.licensedesk.domain.dashboard.ElementQuantity;
import org.licensedesk.domain.dashboard.OpenClocks;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.workflow.DecisionTiming;
import org.licensedesk.store.DashboardRepository;

/**
 * The figures of the supervisors' dashboards. The database aggregates (per day, element, country, deadline clock);
 * this service folds days into ISO weeks and months, converts quantities to kilograms, counts working days with the
 * official calendar and gives every figure its {@link Trace}. Days are those of the clock's time zone, as in the
 * history.
 */
public final class DashboardService {
    /** The destinations shown: those with the most approved kilograms. */
    public static final int COUNTRIES_SHOWN = 15;
    /** The outcomes of a decision, in the order the charts stack them. */
    public static final List<ApplicationStatus> OUTCOMES = List.of(ApplicationStatus.APPROVED,
            ApplicationStatus.DENIED, ApplicationStatus.RETURNED, ApplicationStatus.WITHDRAWN);
    /** The age buckets of open applications, in working days: first day of each; the last is open-ended. */
    static final int[] AGE_BUCKET_STARTS = {0, 11, 21, 31, WorkingDayCalendar.DECISION_WORKING_DAYS + 1};

    private final DashboardRepository repository;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public DashboardService(DashboardRepository repository, WorkingDayCalendar calendar, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** All the dashboards' figures for the period, as of today. */
    public Dashboard dashboard(DashboardPeriod period) {
        return dashboard(period, ProgressListener.NONE);
    }

    /** As {@link #dashboard(DashboardPeriod)}, telling the listener after each of the six charts. */
    public Dashboard dashboard(DashboardPeriod period, ProgressListener progress) {
        int charts = 6;
        LocalDate today = today();
        // The weeks and the months count the same decisions per day: asked once, folded twice.
        List<DecisionDay> days = repository.decisionDays(start(period), end(period), zone());
        List<WeekDecisions> weeks = decisionsPerWeek(period, days);
        progress.update(1, charts);
        List<MonthDeadline> months = withinDeadlinePerMonth(period, days);
        progress.update(2, charts);
        List<ElementFigures> elements = elements(period);
        progress.update(3, charts);
        List<CountryFigures> countries = countries(period);
        progress.update(4, charts);
        List<AgeBucket> ages = openByAge();
        progress.update(5, charts);
        DecisionDurations durations = durations(period);
        progress.update(charts, charts);
        return new Dashboard(period, today, weeks, months, elements, countries, ages, durations);
    }

    /** The default period: this month and the five before. */
    public DashboardPeriod defaultPeriod() {
        return DashboardPeriod.lastMonths(DashboardPeriod.DEFAULT_MONTHS, today());
    }

    /** Decisions per ISO week by outcome; every week touching the period, weeks without decisions too. */
    public List<WeekDecisions> decisionsPerWeek(DashboardPeriod period) {
        return decisionsPerWeek(period, repository.decisionDays(start(period), end(period), zone()));
    }

    private List<WeekDecisions> decisionsPerWeek(DashboardPeriod period, List<DecisionDay> days) {
        Map<LocalDate, Map<ApplicationStatus, Long>> byWeek = new HashMap<>();
        for (DecisionDay day : days) {
            byWeek.computeIfAbsent(monday(day.day()), monday -> new EnumMap<>(ApplicationStatus.class))
                    .merge(day.outcome(), day.count(), Long::sum);
        }
        List<WeekDecisions> weeks = new ArrayList<>();
        for (LocalDate monday = monday(period.firstDay()); !monday.isAfter(period.lastDay());
                monday = monday.plusWeeks(1)) {
            LocalDate first = later(monday, period.firstDay());
            LocalDate last = earlier(monday.plusDays(6), period.lastDay());
            Map<ApplicationStatus, Long> counts = byWeek.getOrDefault(monday, Map.of());
            List<OutcomeCount> outcomes = new ArrayList<>();
            for (ApplicationStatus outcome : OUTCOMES) {
                HistoryFilter filter = DecisionFilters.withOutcome(decisions(first, last), outcome);
                outcomes.add(new OutcomeCount(outcome, counts.getOrDefault(outcome, 0L), new Trace.Entries(filter)));
            }
            weeks.add(new WeekDecisions(isoWeek(monday), first, last, outcomes));
        }
        return weeks;
    }

    /** Per month, the decisions within the 45 working days and those made late. */
    public List<MonthDeadline> withinDeadlinePerMonth(DashboardPeriod period) {
        return withinDeadlinePerMonth(period, repository.decisionDays(start(period), end(period), zone()));
    }

    private List<MonthDeadline> withinDeadlinePerMonth(DashboardPeriod period, List<DecisionDay> days) {
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (DecisionDay day : days) {
            long[] counts = byMonth.computeIfAbsent(YearMonth.from(day.day()), month -> new long[2]);
            counts[day.withinDeadline() ? 0 : 1] += day.count();
        }
        List<MonthDeadline> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            long[] counts = byMonth.getOrDefault(month, new long[2]);
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            months.add(new MonthDeadline(month, counts[0], counts[1], new Trace.Entries(decisions(first, last)),
                    new Trace.Decisions(first, last, true), new Trace.Decisions(first, last, false)));
        }
        return months;
    }

    /**
     * Per element (in control-list order), the approval rate and the approved quantity. Kilograms convert each
     * unit with {@link org.licensedesk.domain.QuantityUnit#toKilograms}; pieces have no mass, so they are summed
     * apart and never added to kilograms.
     */
    public List<ElementFigures> elements(DashboardPeriod period) {
        Map<String, long[]> decided = new LinkedHashMap<>();
        Map<String, String> firstCode = new HashMap<>();
        for (ElementOutcome outcome : repository.elementOutcomes(start(period), end(period))) {
            long[] counts = decided.computeIfAbsent(outcome.elementSymbol(), element -> new long[2]);
            counts[outcome.outcome() == ApplicationStatus.APPROVED ? 0 : 1] += outcome.applications();
            firstCode.merge(outcome.elementSymbol(), outcome.firstControlCode(),
                    (one, other) -> one.compareTo(other) <= 0 ? one : other);
        }
        Map<String, BigDecimal> kilograms = new HashMap<>();
        Map<String, BigDecimal> pieces = new HashMap<>();
        for (ElementQuantity quantity : repository.approvedQuantities(start(period), end(period))) {
            quantity.unit().toKilograms(quantity.quantity()).ifPresentOrElse(
                    kg -> kilograms.merge(quantity.elementSymbol(), kg, BigDecimal::add),
                    () -> pieces.merge(quantity.elementSymbol(), quantity.quantity(), BigDecimal::add));
        }
        HistoryFilter periodDecisions = decisions(period.firstDay(), period.lastDay());
        List<ElementFigures> elements = new ArrayList<>();
        decided.keySet().stream().sorted(Comparator.comparing(firstCode::get)).forEach(element -> {
            long[] counts = decided.get(element);
            HistoryFilter ofElement = DecisionFilters.ofElement(periodDecisions, element);
            elements.add(new ElementFigures(element, counts[0], counts[1],
                    kilograms.getOrDefault(element, BigDecimal.ZERO), pieces.getOrDefault(element, BigDecimal.ZERO),
                    new Trace.Entries(DecisionFilters.onMerits(ofElement)),
                    new Trace.Entries(DecisionFilters.withOutcome(ofElement, ApplicationStatus.APPROVED))));
        });
        return elements;
    }

    /** The destinations (end users' countries) with the most approved kilograms, at most {@link #COUNTRIES_SHOWN}. */
    public List<CountryFigures> countries(DashboardPeriod period) {
        HistoryFilter periodDecisions = decisions(period.firstDay(), period.lastDay());
        return repository.approvalsByCountry(start(period), end(period)).stream()
                .limit(COUNTRIES_SHOWN)
                .map((CountryApprovals country) -> new CountryFigures(country.country(), country.applications(),
                        country.kilograms(), new Trace.Entries(DecisionFilters.withOutcome(
                                DecisionFilters.toCountry(periodDecisions, country.country()),
                                ApplicationStatus.APPROVED))))
                .toList();
    }

    /** Open applications by the working days their deadline clock has run today (45 and more is late). */
    public List<AgeBucket> openByAge() {
        LocalDate today = today();
        long[] counts = new long[AGE_BUCKET_STARTS.length];
        long withoutLimit = 0;
        for (OpenClocks clocks : repository.openClocks()) {
            if (clocks.clock().deadline(calendar, today).noStatutoryLimit()) {
                withoutLimit += clocks.count();
            } else {
                counts[bucket(age(clocks.clock(), today))] += clocks.count();
            }
        }
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < AGE_BUCKET_STARTS.length; i++) {
            int from = AGE_BUCKET_STARTS[i];
            int to = i + 1 < AGE_BUCKET_STARTS.length ? AGE_BUCKET_STARTS[i + 1] - 1 : Integer.MAX_VALUE;
            buckets.add(new AgeBucket(from, to, counts[i], new Trace.OpenAged(from, to, today)));
        }
        if (withoutLimit > 0) {
            buckets.add(new AgeBucket(0, Integer.MAX_VALUE, withoutLimit,
                    new Trace.OpenAged(0, Integer.MAX_VALUE, today, true)));
        }
        return buckets;
    }

    /** The median working days from receipt to decision, over the period and per month. */
    public DecisionDurations durations(DashboardPeriod period) {
        WorkingDayTally all = new WorkingDayTally();
        Map<YearMonth, WorkingDayTally> byMonth = new HashMap<>();
        for (DecisionSpan span : repository.decisionSpans(start(period), end(period), zone())) {
            DeadlineClock decidedClock = new DeadlineClock(span.receivedOn(), span.stoppedWorkingDays(), null);
            int used = DecisionTiming.of(decidedClock, span.decidedOn(), calendar).workingDaysUsed();
            all.add(used, span.count());
            byMonth.computeIfAbsent(YearMonth.from(span.decidedOn()), month -> new WorkingDayTally())
                    .add(used, span.count());
        }
        List<MonthDuration> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            WorkingDayTally tally = byMonth.getOrDefault(month, new WorkingDayTally());
            months.add(new MonthDuration(month, tally.total(), tally.median(),
                    new Trace.Entries(decisions(month.atDay(1), month.atEndOfMonth()))));
        }
        return new DecisionDurations(all.total(), all.median(),
                new Trace.Entries(decisions(period.firstDay(), period.lastDay())), months);
    }

    /**
     * The history filter that shows the entries behind a figure. Traces that name applications look them up (a
     * database query); when none are left, there is nothing to show and the answer is empty (a filter without
     * references would show every application).
     */
    public Optional<HistoryFilter> historyFilter(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        if (trace instanceof Trace.Entries entries) {
            return Optional.of(entries.filter());
        }
        Set<String> references;
        HistoryFilter filter;
        if (trace instanceof Trace.Decisions decided) {
            references = repository.decisionReferences(startOf(decided.first()), startOf(decided.last().plusDays(1)),
                    decided.withinDeadline());
            filter = decisions(decided.first(), decided.last());
        } else {
            references = openReferences((Trace.OpenAged) trace);
            filter = HistoryFilter.ANY;
        }
        return references.isEmpty() ? Optional.empty() : Optional.of(filter.withReferences(references));
    }

    /**
     * The open applications an age bar counts, by reference in order: the bar counts applications, so a click shows
     * them rather than their audit entries.
     */
    public List<String> openApplications(Trace.OpenAged aged) {
        return openReferences(Objects.requireNonNull(aged, "aged")).stream().sorted().toList();
    }

    private Set<String> openReferences(Trace.OpenAged aged) {
        // A working day is a calendar day, so the clock cannot have run longer than the days since receipt.
        return repository.openReferences(aged.asOf().minusDays(aged.fromDays()), clock -> {
            if (clock.deadline(calendar, aged.asOf()).noStatutoryLimit()) {
                return aged.withoutLimit();
            }
            int age = age(clock, aged.asOf());
            return !aged.withoutLimit() && age >= aged.fromDays() && age <= aged.toDays();
        });
    }

    /** Working days the clock has run: the time limit less the days left, so past 45 means late. */
    private int age(DeadlineClock deadlineClock, LocalDate today) {
        int left = deadlineClock.deadline(calendar, today).workingDaysLeft();
        return Math.max(0, WorkingDayCalendar.DECISION_WORKING_DAYS - left);
    }

    private static int bucket(int age) {
        int bucket = 0;
        while (bucket + 1 < AGE_BUCKET_STARTS.length && age >= AGE_BUCKET_STARTS[bucket + 1]) {
            bucket++;
        }
        return bucket;
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private Instant start(DashboardPeriod period) {
        return startOf(period.firstDay());
    }

    private Instant end(DashboardPeriod period) {
        return startOf(period.lastDay().plusDays(1));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
