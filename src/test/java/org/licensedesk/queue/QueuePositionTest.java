package org.licensedesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/**
 * What the window needs to reach any row of a paged queue: the key at a position (to start a page there without
 * reading the pages before it) and an application's position (to keep it selected), against a real H2.
 */
class QueuePositionTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

    @TempDir
    Path folder;
    private Database database;
    private QueueService service;

    /** 25 applications, five a day; statuses alternate UNDER_REVIEW / SUBMITTED; every third one unassigned. */
    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        ApplicationRepository applications = new ApplicationRepository(database);
        List<LicenceApplication> all = new ArrayList<>();
        for (int i = 25; i >= 1; i--) {
            ApplicationStatus status = i % 2 == 0 ? ApplicationStatus.SUBMITTED : ApplicationStatus.UNDER_REVIEW;
            all.add(SampleApplications.dysprosiumOxide(reference(i), FIRST_DAY.plusDays((i - 1) / 5), status,
                    i % 3 == 0 ? null : "li.na"));
        }
        applications.insertAll(all);
        service = new QueueService(applications, WorkingDayCalendar.official(),
                Clock.fixed(TODAY.atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String reference(int i) {
        return String.format("EXP-2026-%06d", i);
    }

    @Test
    void theKeyAtAPositionStartsThePageThatKeysetPagingWouldHaveReached() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        List<String> all = service.page(open, null, 25).stream().map(QueueRow::reference).toList();

        for (int offset = 0; offset < 25; offset++) {
            QueueKey key = service.keyAt(open, offset).orElseThrow();
            assertThat(key.reference()).isEqualTo(all.get(offset));
            assertThat(service.page(open, key, 3)).extracting(QueueRow::reference)
                    .containsExactlyElementsOf(all.subList(offset + 1, Math.min(25, offset + 4)));
        }
        assertThat(service.keyAt(open, 25)).isEmpty();
        assertThat(service.keyAt(open, -1)).isEmpty();
        QueueQuery unassigned = open.onlyUnassigned();
        assertThat(service.keyAt(unassigned, 0).orElseThrow().reference()).isEqualTo(reference(3));
        assertThat(service.keyAt(unassigned, 7).orElseThrow().reference()).isEqualTo(reference(24));
        assertThat(service.keyAt(open.withText("000024"), 0).orElseThrow().reference()).isEqualTo(reference(24));
    }

    @Test
    void aPositionCountsTheRowsBeforeTheApplicationWithinTheQueryOnly() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        QueueQuery submitted = QueueQuery.of(Set.of(ApplicationStatus.SUBMITTED));

        assertThat(service.position(open, reference(1))).hasValue(0);
        assertThat(service.position(open, reference(25))).hasValue(24);
        assertThat(service.position(submitted, reference(10))).hasValue(4);
        assertThat(service.position(open.onlyUnassigned(), reference(9))).hasValue(2);
        assertThat(service.position(submitted, reference(9))).isEmpty();
        assertThat(service.position(open, "EXP-2026-999999")).isEmpty();
        assertThat(service.position(open.withText("000009"), reference(9))).hasValue(0);
    }
}
