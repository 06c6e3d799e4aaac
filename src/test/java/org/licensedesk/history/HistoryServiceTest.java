package org.licensedesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.store.HistoryFactIndex;
import org.licensedesk.store.NoteWordIndex;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

@StoreTest
class HistoryServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-05-04T01:00:00Z");
    private static final User SUPERVISOR = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);

    @TempDir
    Path folder;

    private Database database;
    private AuditTrail trail;
    private HistoryService history;
    private long appended;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        trail = new AuditTrail(database, new AuditRepository(database), Clock.fixed(START, ZONE));
        history = new HistoryService(new HistoryRepository(database, ZONE), new NoteWordIndex(database),
                new HistoryFactIndex(database),
                TestDatabases.officials(database));
        append(450);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Notes by both officials, one a minute; every third by the supervisor. */
    private void append(int count) {
        List<AuditDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            appended++;
            User actor = appended % 3 == 0 ? SUPERVISOR : REVIEWER;
            drafts.add(new AuditDraft(START.plus(Duration.ofMinutes(appended)), "EXP-2026-000001",
                    AuditAction.NOTE_ADDED, actor.username(), actor.role(), null, null, "Note number " + appended,
                    "{}"));
        }
        database.write(transaction -> trail.appendAll(transaction, drafts));
    }

    @Test
    void pagesNewestFirstStayCompleteWhileEntriesAreAppended() {
        HistoryFilter filter = HistoryFilter.ANY.withActor("li.na");
        List<Long> expected = LongStream.rangeClosed(1, 450).filter(seq -> seq % 3 != 0).boxed()
                .sorted((a, b) -> Long.compare(b, a)).collect(Collectors.toList());
        HistoryPage page = history.firstPage(SUPERVISOR, filter, HistorySort.NEWEST_FIRST);
        List<Long> seen = seqs(page);
        while (page.hasMore()) {
            append(70);
            page = history.nextPage(SUPERVISOR, filter, HistorySort.NEWEST_FIRST, page);
            seen.addAll(seqs(page));
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(HistoryService.PAGE_SIZE);
    }

    @Test
    void pagesOldestFirstReachTheEntriesAppendedMeanwhile() {
        HistoryPage page = history.firstPage(SUPERVISOR, HistoryFilter.ANY, HistorySort.OLDEST_FIRST);
        List<Long> seen = seqs(page);
        append(30);
        while (page.hasMore()) {
            page = history.nextPage(SUPERVISOR, HistoryFilter.ANY, HistorySort.OLDEST_FIRST, page);
            seen.addAll(seqs(page));
        }
        assertThat(seen).isEqualTo(LongStream.rangeClosed(1, 480).boxed().collect(Collectors.toList()));
    }

    @Test
    void aPeriodsFirstPageShowsEntriesAppendedSinceItWasLastRead() {
        HistoryFilter day = HistoryFilter.ANY.withDays(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4));
        assertThat(history.firstPage(SUPERVISOR, day, HistorySort.NEWEST_FIRST).entries().get(0).seq())
                .isEqualTo(450);
        append(30);
        assertThat(history.firstPage(SUPERVISOR, day, HistorySort.NEWEST_FIRST).entries().get(0).seq())
                .isEqualTo(480);
        HistoryFilter nextDay = HistoryFilter.ANY.withDays(LocalDate.of(2026, 5, 5), null);
        assertThat(history.firstPage(SUPERVISOR, nextDay, HistorySort.NEWEST_FIRST).entries()).isEmpty();
        append(600);
        assertThat(history.firstPage(SUPERVISOR, nextDay, HistorySort.OLDEST_FIRST).entries().get(0).at())
                .isEqualTo("2026-05-04T16:00:00.000Z");
    }

    @Test
    void aPeriodWhoseFewEntriesWereMadeOutOfTimeOrderIsFoundWhole() {
        late(Instant.parse("2026-05-01T03:00:00Z"));
        append(600);
        late(Instant.parse("2026-05-01T04:00:00Z"));
        append(100);
        HistoryFilter day = HistoryFilter.ANY.withDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1));
        assertThat(seqs(history.firstPage(SUPERVISOR, day, HistorySort.NEWEST_FIRST))).containsExactly(1052L, 451L);
        assertThat(seqs(history.firstPage(SUPERVISOR, day, HistorySort.OLDEST_FIRST))).containsExactly(451L, 1052L);
        late(Instant.parse("2026-05-01T05:00:00Z"));
        assertThat(seqs(history.firstPage(SUPERVISOR, day, HistorySort.NEWEST_FIRST)))
                .containsExactly(1153L, 1052L, 451L);
    }

    /** An entry dated before the others, as an import of old records would make it. */
    private void late(Instant at) {
        appended++;
        database.write(transaction -> trail.appendAll(transaction, List.of(new AuditDraft(at,
                "EXP-2026-000002", AuditAction.NOTE_ADDED, REVIEWER.username(), REVIEWER.role(), null, null,
                "Late note " + appended, "{}"))));
    }

    @Test
    void aPageSaysWhetherMoreFollow() {
        HistoryPage first = history.firstPage(SUPERVISOR, HistoryFilter.ANY, HistorySort.NEWEST_FIRST);
        assertThat(first.entries()).hasSize(HistoryService.PAGE_SIZE);
        assertThat(first.entries().get(0).seq()).isEqualTo(450);
        assertThat(first.hasMore()).isTrue();
        HistoryPage second = history.nextPage(SUPERVISOR, HistoryFilter.ANY, HistorySort.NEWEST_FIRST, first);
        HistoryPage third = history.nextPage(SUPERVISOR, HistoryFilter.ANY, HistorySort.NEWEST_FIRST, second);
        assertThat(third.entries()).hasSize(50);
        assertThat(third.hasMore()).isFalse();
        assertThat(third.entries().get(49).seq()).isEqualTo(1);
    }

    @Test
    void onlyActiveSupervisorsReadTheHistory() {
        assertThat(history.firstPage(SUPERVISOR, HistoryFilter.ANY, HistorySort.NEWEST_FIRST).entries()).isNotEmpty();
        assertThatThrownBy(() -> history.firstPage(REVIEWER, HistoryFilter.ANY, HistorySort.NEWEST_FIRST))
                .isInstanceOf(HistoryRefusedException.class).hasMessageContaining("li.na");
        User retired = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, false);
        assertThatThrownBy(() -> history.firstPage(retired, HistoryFilter.ANY, HistorySort.NEWEST_FIRST))
                .isInstanceOf(HistoryRefusedException.class);
    }

    private static List<Long> seqs(HistoryPage page) {
        return page.entries().stream().map(AuditEntry::seq).collect(Collectors.toCollection(ArrayList::new));
    }
}
