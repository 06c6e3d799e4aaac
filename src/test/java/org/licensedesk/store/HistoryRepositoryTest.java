package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.licensedesk.app.Services;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.history.SearchCancel;

/**
 * The history query against the generated demo database: every filter part alone and combined gives exactly the
 * entries that filtering the whole trail in Java gives, in seq order both ways, through both ways of joining the
 * applications (per entry, and through the application index) and of reading the note words (a word's entries
 * leading, and each entry's words checked), and of reading the application facts (a fact's entries leading, and
 * each entry's facts checked).
 */
class HistoryRepositoryTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZONE);

    @TempDir
    static Path folder;

    private static Services services;
    private static Database database;
    private static final List<AuditEntry> ALL = new ArrayList<>();
    private static final Map<String, Facts> FACTS = new HashMap<>();

    /** What the filter asks of an application. */
    private record Facts(String status, String country, String name, String nameLocal, String uscc,
            Set<String> elements, Set<String> codes) {
    }

    @BeforeAll
    static void generate() {
        services = Services.open(folder.resolve("db").toString(), BackendOpener.Mode.CREATE_WITH_DEMO, CLOCK);
        database = Database.open(services.databaseLocation());
        AuditRepository audit = new AuditRepository(database);
        audit.forEachInRange(1, audit.maxSeq(), ALL::add);
        database.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT a.reference, a.status, a.end_user_country, "
                        + "p.name, p.name_local, p.uscc FROM licence_application a JOIN applicant p "
                        + "ON p.id = a.applicant_id")) {
                    while (rows.next()) {
                        FACTS.put(rows.getString(1), new Facts(rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), new HashSet<>(),
                                new HashSet<>()));
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT a.reference, i.element_symbol, i.control_code "
                        + "FROM item i JOIN licence_application a ON a.id = i.application_id")) {
                    while (rows.next()) {
                        FACTS.get(rows.getString(1)).elements().add(rows.getString(2));
                        FACTS.get(rows.getString(1)).codes().add(rows.getString(3));
                    }
                }
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
        services.close();
    }

    static HistoryFilter any() {
        return HistoryFilter.ANY;
    }

    static HistoryFilter with(String actor, Set<AuditAction> actions, ApplicationStatus outcome, String element,
            String code, String country, String applicant, String note) {
        return new HistoryFilter(null, null, actor, actions, outcome, element, code, country, applicant, note,
                Set.of());
    }

    static Stream<Arguments> filters() {
        Facts some = FACTS.values().stream().filter(f -> f.nameLocal().length() >= 4)
                .min(Comparator.comparing(Facts::uscc)).orElseThrow();
        String country = FACTS.values().stream().collect(Collectors.groupingBy(Facts::country, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> references = FACTS.keySet().stream().sorted().limit(3).collect(Collectors.toList());
        LocalDate middle = LocalDate.ofInstant(Instant.parse(ALL.get(ALL.size() / 2).at()), ZONE);
        Set<AuditAction> decisions = EnumSet.of(AuditAction.APPROVED, AuditAction.DENIED, AuditAction.SENT_BACK);
        List<HistoryFilter> filters = List.of(
                any(),
                any().withDays(middle, middle.plusDays(6)),
                any().withDays(middle, null),
                any().withDays(null, middle),
                any().withActor("li.na"),
                any().withActions(EnumSet.of(AuditAction.APPROVED)),
                any().withActions(decisions),
                any().withOutcome(ApplicationStatus.DENIED),
                with(null, Set.of(), null, "Tb", null, null, null, null),
                with(null, Set.of(), null, null, "1C905", null, null, null),
                with(null, Set.of(), null, null, null, country, null, null),
                with(null, Set.of(), null, null, null, null, some.name().substring(0, 6).toUpperCase(Locale.ROOT),
                        null),
                with(null, Set.of(), null, null, null, null, some.nameLocal().substring(1, 3), null),
                with(null, Set.of(), null, null, null, null, some.uscc(), null),
                any().withNoteText("END-USER"),
                any().withReferences(Set.copyOf(references)),
                with("zhao.lei", decisions, null, null, null, null, null, null),
                with("zhang.min", EnumSet.of(AuditAction.DENIED), ApplicationStatus.DENIED, "Dy", null, null, null,
                        null).withDays(middle.minusDays(60), middle.plusDays(60)),
                with(null, EnumSet.of(AuditAction.ASSIGNED, AuditAction.CLAIMED), null, null, "1C90", country, null,
                        "a"),
                with(null, Set.of(), ApplicationStatus.APPROVED, "Dy", "1C905.b", null, null, null)
                        .withDays(middle.minusDays(30), null),
                any().withReferences(Set.copyOf(references)).withActions(decisions).withActor("zhao.lei"),
                with("no.such.user", Set.of(), null, null, null, null, null, null),
                any().withNoteText("courier"),
                any().withNoteText("Answers rec"),
                any().withNoteText("countersign").withActor("li.na"),
                any().withNoteText("recommend").withActions(EnumSet.of(AuditAction.RECOMMENDED_APPROVAL,
                        AuditAction.RECOMMENDED_DENIAL)).withDays(middle.minusDays(30), middle.plusDays(30)),
                any().withNoteText("ser"),
                any().withActor("li.na").withDays(middle, middle.plusDays(6)),
                any().withNoteText("courier").withDays(middle.minusDays(30), middle.plusDays(30)),
                with(null, Set.of(), ApplicationStatus.APPROVED, null, null, null, null, null)
                        .withDays(middle.minusDays(6), middle),
                any().withNoteText("xylophone"),
                any().withNoteText(" ;- "),
                // Glued word starts (V63) leading a note filter whose words are common, and found nowhere.
                any().withNoteText("end-us"),
                any().withNoteText("the end-user certificate").withActor("li.na"),
                any().withNoteText("user's"),
                any().withNoteText("end-xylophone"),
                // An action with an outcome as one fact (V64), the two rarely meeting, and several actions.
                any().withActions(EnumSet.of(AuditAction.DENIED)).withOutcome(ApplicationStatus.APPROVED),
                any().withActions(decisions).withOutcome(ApplicationStatus.DENIED),
                any().withActions(EnumSet.of(AuditAction.CLAIMED)).withOutcome(ApplicationStatus.APPROVED)
                        .withActor("li.na"));
        List<Arguments> arguments = new ArrayList<>();
        for (HistoryFilter filter : filters) {
            arguments.add(Arguments.of(filter, 0));
            arguments.add(Arguments.of(filter, 100_000));
        }
        return arguments.stream();
    }

    @ParameterizedTest
    @MethodSource("filters")
    void pagesNewestFirstHoldExactlyTheEntriesTheFilterAdmits(HistoryFilter filter, int fewApplications) {
        HistoryRepository repository = new HistoryRepository(database, ZONE, fewApplications, fewApplications,
                fewApplications);
        List<Long> expected = expected(filter);
        assertThat(readAll(repository, filter, HistorySort.NEWEST_FIRST, 37)).isEqualTo(expected);
        assertThat(repository.count(filter, Long.MAX_VALUE)).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @MethodSource("filters")
    void pagesOldestFirstHoldTheSameEntriesInTheOtherOrder(HistoryFilter filter, int fewApplications) {
        HistoryRepository repository = new HistoryRepository(database, ZONE, fewApplications, fewApplications,
                fewApplications);
        List<Long> expected = new ArrayList<>(expected(filter));
        java.util.Collections.reverse(expected);
        assertThat(readAll(repository, filter, HistorySort.OLDEST_FIRST, 53)).isEqualTo(expected);
    }

    @Test
    void commonFiltersMatchSomethingOnTheDemoDatabase() {
        assertThat(filters().map(a -> (HistoryFilter) a.get()[0]).limit(20))
                .allSatisfy(filter -> assertThat(expected(filter)).isNotEmpty());
    }

    @Test
    void aCeilingLeavesOutLaterEntries() {
        HistoryRepository repository = new HistoryRepository(database, ZONE);
        long ceiling = ALL.get(ALL.size() / 3).seq();
        List<AuditEntry> page = repository.page(HistoryFilter.ANY, HistorySort.OLDEST_FIRST, 0, ceiling,
                ALL.size());
        assertThat(page).hasSize((int) ceiling).allMatch(e -> e.seq() <= ceiling);
    }

    @Test
    void aCancelledSearchStopsWithCancellationAndTheConnectionServesTheNext() {
        HistoryRepository repository = new HistoryRepository(database, ZONE);
        SearchCancel cancel = new SearchCancel();
        cancel.cancel();
        assertThatThrownBy(() -> repository.page(HistoryFilter.ANY, HistorySort.NEWEST_FIRST, Long.MAX_VALUE,
                Long.MAX_VALUE, 10, cancel)).isInstanceOf(CancellationException.class);
        assertThat(repository.page(HistoryFilter.ANY, HistorySort.NEWEST_FIRST, Long.MAX_VALUE, Long.MAX_VALUE, 10,
                new SearchCancel())).hasSize(10);
    }

    private static List<Long> readAll(HistoryRepository repository, HistoryFilter filter, HistorySort sort,
            int pageSize) {
        List<Long> seqs = new ArrayList<>();
        long keyset = sort == HistorySort.NEWEST_FIRST ? Long.MAX_VALUE : 0;
        while (true) {
            List<AuditEntry> page = repository.page(filter, sort, keyset, Long.MAX_VALUE, pageSize);
            page.forEach(entry -> seqs.add(entry.seq()));
            if (page.size() < pageSize) {
                return seqs;
            }
            keyset = page.get(page.size() - 1).seq();
        }
    }

    private static List<Long> expected(HistoryFilter filter) {
        return ALL.stream()
                .filter(entry -> filter.admitsEntry(entry, ZONE) && admitsApplication(filter, entry.applicationRef()))
                .map(AuditEntry::seq)
                .sorted(Comparator.reverseOrder())
                .collect(Collectors.toList());
    }

    private static boolean admitsApplication(HistoryFilter filter, String reference) {
        if (!filter.concernsApplications()) {
            return true;
        }
        Facts facts = reference == null ? null : FACTS.get(reference);
        if (facts == null) {
            return false;
        }
        String applicant = filter.applicant();
        return (filter.outcome() == null || filter.outcome().name().equals(facts.status()))
                && (filter.elementSymbol() == null || facts.elements().contains(filter.elementSymbol()))
                && (filter.controlCode() == null || facts.codes().stream().anyMatch(c -> c.startsWith(
                        filter.controlCode())))
                && (filter.endUserCountry() == null || filter.endUserCountry().equals(facts.country()))
                && (applicant == null || facts.name().toLowerCase(Locale.ROOT).contains(
                        applicant.toLowerCase(Locale.ROOT)) || facts.nameLocal().contains(applicant)
                        || facts.uscc().equals(applicant));
    }
}
