package org.licensedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.licensedesk.dashboard.DashboardFixture.CALENDAR;
import static org.licensedesk.dashboard.DashboardFixture.TODAY;
import static org.licensedesk.dashboard.DashboardFixture.beijing;
import static org.licensedesk.dashboard.DashboardFixture.item;
import static org.licensedesk.dashboard.DashboardFixture.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.dashboard.Dashboard.AgeBucket;
import org.licensedesk.dashboard.Dashboard.CountryFigures;
import org.licensedesk.dashboard.Dashboard.DecisionDurations;
import org.licensedesk.dashboard.Dashboard.ElementFigures;
import org.licensedesk.dashboard.Dashboard.MonthDeadline;
import org.licensedesk.dashboard.Dashboard.OutcomeCount;
import org.licensedesk.dashboard.Dashboard.WeekDecisions;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.dashboard.DecisionDay;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.store.DashboardRepository;
import org.licensedesk.testing.StoreTest;

/**
 * The dashboards' figures on a database with known decisions: December 2025 to February 2026 across the year end
 * (2025-12-29 starts ISO week 2026-W01) and a month end at Beijing midnight, and open applications of chosen ages on
 * Friday 2026-03-20.
 */
@StoreTest
class DashboardServiceTest {
    private static final DashboardPeriod DEC_JAN = new DashboardPeriod(YearMonth.of(2025, 12), YearMonth.of(2026, 1));
    private static final DashboardPeriod DECEMBER = new DashboardPeriod(YearMonth.of(2025, 12), YearMonth.of(2025, 12));
    private static final Set<AuditAction> DECISION_ACTIONS = Set.of(AuditAction.APPROVED, AuditAction.DENIED,
            AuditAction.RETURNED_WITHOUT_ACTION, AuditAction.WITHDRAWN);

    @TempDir
    static Path folder;
    private static DashboardFixture fixture;
    private static DashboardService service;

    private static String approvedFriday26Dec;
    private static String deniedWednesday31Dec;
    private static String approvedFriday2Jan;
    private static String returnedBeforeMidnight31Jan;
    private static String withdrawnAfterMidnight1Feb;
    private static String approvedLate20Jan;
    private static String openToday;
    private static String openYesterday;
    private static String open10Days;
    private static String open11Days;
    private static String waitingSince5Jan;
    private static String open45Days;
    private static String open46Days;
    private static String openSinceOctober;

    @BeforeAll
    static void decide() {
        fixture = new DashboardFixture(folder);
        service = fixture.dashboards;
        approvedFriday26Dec = fixture.decided(LocalDate.of(2025, 12, 1), ApplicationStatus.APPROVED,
                beijing("2025-12-26T10:00"));
        deniedWednesday31Dec = fixture.decided(LocalDate.of(2025, 12, 10), ApplicationStatus.DENIED,
                beijing("2025-12-31T10:00"));
        LocalDate tenthDecember = LocalDate.of(2025, 12, 10);
        approvedFriday2Jan = fixture.decided(sample(fixture.nextReference(tenthDecember), tenthDecember, "FR",
                List.of(item(1, "1C905.b", "Dy", "2", QuantityUnit.T), item(2, "1C905.a", "Dy", "100",
                        QuantityUnit.PCS))), ApplicationStatus.APPROVED, beijing("2026-01-02T10:00"));
        returnedBeforeMidnight31Jan = fixture.decided(LocalDate.of(2026, 1, 5), ApplicationStatus.RETURNED,
                beijing("2026-01-31T23:30"));
        withdrawnAfterMidnight1Feb = fixture.decided(LocalDate.of(2026, 1, 5), ApplicationStatus.WITHDRAWN,
                beijing("2026-02-01T00:30"));
        LocalDate october = LocalDate.of(2025, 10, 9);
        approvedLate20Jan = fixture.decided(sample(fixture.nextReference(october), october, "US",
                List.of(item(1, "1C902.b", "Sm", "1000", QuantityUnit.G))), ApplicationStatus.APPROVED,
                beijing("2026-01-20T10:00"));

        openToday = fixture.received(TODAY);
        openYesterday = fixture.received(TODAY.minusDays(1));
        open10Days = fixture.received(LocalDate.of(2026, 3, 6));
        open11Days = fixture.received(LocalDate.of(2026, 3, 5));
        waitingSince5Jan = fixture.waitingForInformation(LocalDate.of(2025, 12, 1), beijing("2026-01-05T10:00"));
        open45Days = fixture.received(CALENDAR.addWorkingDays(TODAY, -45));
        open46Days = fixture.received(CALENDAR.addWorkingDays(TODAY, -46));
        openSinceOctober = fixture.received(october);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearEndCutToThePeriod() {
        List<WeekDecisions> weeks = service.decisionsPerWeek(DEC_JAN);

        assertThat(weeks).extracting(WeekDecisions::week).containsExactly("2025-W49", "2025-W50", "2025-W51",
                "2025-W52", "2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05");
        WeekDecisions newYear = weeks.get(4);
        assertThat(newYear.first()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(newYear.last()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(counts(newYear)).containsExactly(Map.entry(ApplicationStatus.APPROVED, 1L),
                Map.entry(ApplicationStatus.DENIED, 1L), Map.entry(ApplicationStatus.RETURNED, 0L),
                Map.entry(ApplicationStatus.WITHDRAWN, 0L));
        assertThat(counts(weeks.get(3)).get(ApplicationStatus.APPROVED)).isEqualTo(1);
        assertThat(counts(weeks.get(7)).get(ApplicationStatus.APPROVED)).isEqualTo(1);
        // Saturday 31 January 23:30 in Beijing is January; the last week stops at the period's end.
        assertThat(weeks.get(8).last()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(counts(weeks.get(8)).get(ApplicationStatus.RETURNED)).isEqualTo(1);
        assertThat(weeks.stream().mapToLong(WeekDecisions::total).sum()).isEqualTo(5);
    }

    @Test
    void aWeekBarTracesToItsOutcomesDecisionEntriesOfItsDaysInThePeriod() {
        WeekDecisions cut = service.decisionsPerWeek(DECEMBER).get(4);

        assertThat(cut.week()).isEqualTo("2026-W01");
        assertThat(counts(cut).get(ApplicationStatus.DENIED)).isEqualTo(1);
        assertThat(counts(cut).get(ApplicationStatus.APPROVED)).isZero();
        HistoryFilter filter = filter(cut.outcomes().get(1));
        assertThat(filter).isEqualTo(HistoryFilter.ANY.withDays(LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 31))
                .withActions(Set.of(AuditAction.DENIED)).withOutcome(ApplicationStatus.DENIED));
        HistoryFilter returned = filter(cut.outcomes().get(2));
        assertThat(returned.actions()).containsExactly(AuditAction.RETURNED_WITHOUT_ACTION);
        assertThat(returned.outcome()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void monthsCountDecisionsWithinTheDeadlineByTheDayInTheDesksTimeZone() {
        List<MonthDeadline> months = service.withinDeadlinePerMonth(
                new DashboardPeriod(YearMonth.of(2025, 12), YearMonth.of(2026, 2)));

        assertThat(months).extracting(MonthDeadline::month, MonthDeadline::within, MonthDeadline::late)
                .containsExactly(tuple(YearMonth.of(2025, 12), 2L, 0L),
                        tuple(YearMonth.of(2026, 1), 2L, 1L),
                        tuple(YearMonth.of(2026, 2), 1L, 0L));
        assertThat(months.get(1).share()).hasValue(2.0 / 3);
        assertThat(months.get(0).share()).hasValue(1.0);
    }

    @Test
    void lateAndWithinBarsTraceToTheirApplicationsByReference() {
        MonthDeadline january = service.withinDeadlinePerMonth(DEC_JAN).get(1);

        HistoryFilter late = filter(january.lateTrace());
        assertThat(late.references()).containsExactly(approvedLate20Jan);
        assertThat(late.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(late.to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(late.actions()).isEqualTo(DECISION_ACTIONS);
        assertThat(filter(january.withinTrace()).references())
                .containsExactlyInAnyOrder(approvedFriday2Jan, returnedBeforeMidnight31Jan);
        assertThat(filter(january.all())).isEqualTo(HistoryFilter.ANY.withDays(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31)).withActions(DECISION_ACTIONS));
    }

    @Test
    void elementsHaveTheirApprovalRateAndApprovedKilogramsWithPiecesApart() {
        List<ElementFigures> elements = service.elements(DEC_JAN);

        assertThat(elements).extracting(ElementFigures::element).containsExactly("Sm", "Tb", "Dy");
        ElementFigures samarium = elements.get(0);
        assertThat(samarium.approved()).isEqualTo(1);
        assertThat(samarium.approvedKg()).isEqualByComparingTo("1");
        ElementFigures terbium = elements.get(1);
        assertThat(terbium.approvalRate()).hasValue(0.5);
        assertThat(terbium.approvedKg()).isEqualByComparingTo("250");
        ElementFigures dysprosium = elements.get(2);
        assertThat(dysprosium.approved()).isEqualTo(2);
        assertThat(dysprosium.denied()).isEqualTo(1);
        assertThat(dysprosium.approvalRate()).hasValue(2.0 / 3);
        // 500 kg and 2 t; the 100 pieces have no mass and are counted apart.
        assertThat(dysprosium.approvedKg()).isEqualByComparingTo("2500");
        assertThat(dysprosium.approvedPieces()).isEqualByComparingTo("100");
        assertThat(terbium.approvedPieces()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void elementFiguresTraceToTheElementsDecisionsInThePeriod() {
        ElementFigures dysprosium = service.elements(DEC_JAN).get(2);

        HistoryFilter period = HistoryFilter.ANY.withDays(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));
        assertThat(filter(dysprosium.approvals())).isEqualTo(withElement(period, "Dy")
                .withActions(Set.of(AuditAction.APPROVED)).withOutcome(ApplicationStatus.APPROVED));
        assertThat(filter(dysprosium.decisions())).isEqualTo(withElement(period, "Dy")
                .withActions(Set.of(AuditAction.APPROVED, AuditAction.DENIED)));
    }

    @Test
    void destinationsAreOrderedByApprovedKilogramsAndTraceToTheirCountry() {
        List<CountryFigures> countries = service.countries(DEC_JAN);

        assertThat(countries).extracting(CountryFigures::country).containsExactly("FR", "DE", "US");
        assertThat(countries.get(0).approvedKg()).isEqualByComparingTo("2000");
        assertThat(countries.get(1).approvedKg()).isEqualByComparingTo("750");
        assertThat(countries.get(1).approved()).isEqualTo(1);
        HistoryFilter france = filter(countries.get(0).trace());
        assertThat(france.endUserCountry()).isEqualTo("FR");
        assertThat(france.outcome()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(france.actions()).containsExactly(AuditAction.APPROVED);
        assertThat(france.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(france.to()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void openApplicationsFallIntoAgeBucketsByTheirDeadlineClock() {
        List<AgeBucket> buckets = service.openByAge();

        assertThat(buckets).extracting(AgeBucket::fromDays).containsExactly(0, 11, 21, 31, 46);
        assertThat(buckets).extracting(AgeBucket::count).containsExactly(3L, 1L, 1L, 1L, 2L);
        assertThat(buckets.get(4).isOpenEnded()).isTrue();
        assertThat(filter(buckets.get(0).trace()).references())
                .containsExactlyInAnyOrder(openToday, openYesterday, open10Days);
        assertThat(filter(buckets.get(1).trace()).references()).containsExactly(open11Days);
        // Received in December, but the clock stopped on 5 January: it has run only the working days before.
        assertThat(filter(buckets.get(2).trace()).references()).containsExactly(waitingSince5Jan);
        assertThat(filter(buckets.get(3).trace()).references()).containsExactly(open45Days);
        assertThat(filter(buckets.get(4).trace()).references())
                .containsExactlyInAnyOrder(open46Days, openSinceOctober);
        assertThat(filter(buckets.get(4).trace()).from()).isNull();
    }

    @Test
    void anAgeBarsApplicationsAreTheApplicationsItCountsInReferenceOrder() {
        List<AgeBucket> buckets = service.openByAge();

        for (AgeBucket bucket : buckets) {
            List<String> applications = service.openApplications((Trace.OpenAged) bucket.trace());
            assertThat(applications).as("bucket from %d", bucket.fromDays()).hasSize((int) bucket.count())
                    .isSorted().containsExactlyInAnyOrderElementsOf(filter(bucket.trace()).references());
        }
    }

    @Test
    void medianWorkingDaysTakeTheMeanOfTheTwoMiddleDecisionsWhenTheCountIsEven() {
        DecisionDurations durations = service.durations(DEC_JAN);

        int first = used(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 26));
        int second = used(LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 31));
        assertThat(durations.months().get(0).decisions()).isEqualTo(2);
        assertThat(durations.months().get(0).median()).hasValue((first + second) / 2.0);
        List<Integer> january = List.of(used(LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 2)),
                used(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31)),
                used(LocalDate.of(2025, 10, 9), LocalDate.of(2026, 1, 20))).stream().sorted().toList();
        assertThat(durations.months().get(1).median()).hasValue(january.get(1));
        List<Integer> all = List.of(first, second, january.get(0), january.get(1), january.get(2)).stream()
                .sorted().toList();
        assertThat(durations.decisions()).isEqualTo(5);
        assertThat(durations.median()).hasValue(all.get(2));
        assertThat(filter(durations.months().get(1).trace())).isEqualTo(HistoryFilter.ANY
                .withDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).withActions(DECISION_ACTIONS));
    }

    @Test
    void anEmptyPeriodHasZeroWeeksAndMonthsAndNoRatesOrMedians() {
        DashboardPeriod june = new DashboardPeriod(YearMonth.of(2025, 6), YearMonth.of(2025, 6));

        Dashboard dashboard = service.dashboard(june);

        // 1 June 2025 is a Sunday and 30 June a Monday: six weeks touch the month.
        assertThat(dashboard.weeks()).hasSize(6).allMatch(week -> week.total() == 0);
        assertThat(dashboard.months()).singleElement().satisfies(month -> {
            assertThat(month.share()).isEmpty();
            assertThat(service.historyFilter(month.lateTrace())).isEmpty();
        });
        assertThat(dashboard.elements()).isEmpty();
        assertThat(dashboard.countries()).isEmpty();
        assertThat(dashboard.durations().median()).isEmpty();
        assertThat(dashboard.durations().months()).singleElement().satisfies(m -> assertThat(m.median()).isEmpty());
        assertThat(dashboard.openByAge()).extracting(AgeBucket::count).containsExactly(3L, 1L, 1L, 1L, 2L);
        assertThat(dashboard.asOf()).isEqualTo(TODAY);
    }

    @Test
    void decisionsCountedPerUtcHourFallOnTheSameDaysAsEachDecisionConvertedToTheZone() {
        DashboardRepository repository = new DashboardRepository(fixture.database);
        Instant from = Instant.parse("2025-11-30T00:00:00Z");
        Instant to = Instant.parse("2026-02-28T00:00:00Z");
        for (String zone : List.of("Asia/Shanghai", "UTC", "America/New_York", "Pacific/Kiritimati",
                "Asia/Kolkata", "Asia/Kathmandu")) {
            ZoneId id = ZoneId.of(zone);
            assertThat(perDay(repository.decisionDays(from, to, id))).as(zone)
                    .isEqualTo(perDay(repository.decisionDaysConverted(from, to, id)))
                    .isNotEmpty();
        }
        assertThat(DashboardRepository.wholeHours(ZoneId.of("Asia/Shanghai"), from, to)).isTrue();
        assertThat(DashboardRepository.wholeHours(ZoneId.of("America/New_York"), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
        assertThat(DashboardRepository.wholeHours(ZoneId.of("Asia/Kolkata"), from, to)).isFalse();
        assertThat(DashboardRepository.wholeHours(ZoneId.of("Australia/Lord_Howe"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
    }

    private static Map<List<Object>, Long> perDay(List<DecisionDay> days) {
        return days.stream().collect(Collectors.groupingBy(
                day -> List.of(day.day(), day.outcome(), day.withinDeadline()), Collectors.summingLong(DecisionDay::count)));
    }

    @Test
    void theDefaultPeriodIsThisMonthAndTheFiveBefore() {
        assertThat(service.defaultPeriod()).isEqualTo(new DashboardPeriod(YearMonth.of(2025, 10),
                YearMonth.of(2026, 3)));
    }

    private static int used(LocalDate received, LocalDate decided) {
        return CALENDAR.workingDaysBetween(received, decided);
    }

    private static Map<ApplicationStatus, Long> counts(WeekDecisions week) {
        return week.outcomes().stream().collect(Collectors.toMap(OutcomeCount::outcome, OutcomeCount::count,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static HistoryFilter filter(OutcomeCount count) {
        return filter(count.trace());
    }

    private static HistoryFilter filter(Trace trace) {
        return service.historyFilter(trace).orElseThrow();
    }

    private static HistoryFilter withElement(HistoryFilter filter, String element) {
        return new HistoryFilter(filter.from(), filter.to(), null, filter.actions(), filter.outcome(), element, null,
                null, null, null, Set.of());
    }
}
