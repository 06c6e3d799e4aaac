package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.testing.TestStores;

@StoreTest
class ApplicationRepositoryTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 10, 12);
    private static final Deadline ANY_DEADLINE = new Deadline(LocalDate.of(2026, 12, 15), 12, false);

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        repository = new ApplicationRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void applicationWithAllItsPartsComesBackEqual() {
        LicenceApplication stored = SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED,
                ApplicationStatus.UNDER_REVIEW, "li.na");
        repository.insertAll(List.of(stored));

        assertThat(repository.find("EXP-2026-000001")).contains(stored);
    }

    @Test
    void applicationSurvivesClosingAndReopeningTheDatabase() {
        LicenceApplication stored = SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED,
                ApplicationStatus.SUBMITTED, null);
        repository.insertAll(List.of(stored));
        database.close();

        database = TestStores.open(folder);
        assertThat(new ApplicationRepository(database).find("EXP-2026-000001")).contains(stored);
    }

    @Test
    void unknownReferenceIsEmpty() {
        assertThat(repository.find("EXP-2026-999999")).isEmpty();
    }

    @Test
    void applicantIsStoredOnceForManyApplications() {
        repository.insertAll(List.of(
                SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED, ApplicationStatus.SUBMITTED, null),
                SampleApplications.dysprosiumOxide("EXP-2026-000002", RECEIVED, ApplicationStatus.SUBMITTED, null)));
        repository.insertAll(List.of(
                SampleApplications.dysprosiumOxide("EXP-2026-000003", RECEIVED, ApplicationStatus.SUBMITTED, null)));

        long applicants = database.withConnection(c -> {
            try (var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM applicant")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(applicants).isEqualTo(1);
        assertThat(repository.count()).isEqualTo(3);
        assertThat(repository.isEmpty()).isFalse();
    }

    @Test
    void duplicateReferenceIsRefusedAndNothingOfTheBatchIsWritten() {
        repository.insertAll(List.of(
                SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED, ApplicationStatus.SUBMITTED, null)));

        assertThatThrownBy(() -> repository.insertAll(List.of(
                SampleApplications.dysprosiumOxide("EXP-2026-000002", RECEIVED, ApplicationStatus.SUBMITTED, null),
                SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED, ApplicationStatus.SUBMITTED, null))))
                .isInstanceOf(StoreException.class);
        assertThat(repository.exists("EXP-2026-000002")).isFalse();
    }

    @Test
    void queueHoldsOnlyTheAskedStatusesOldestFirstWithSummaryColumns() {
        repository.insertAll(List.of(
                SampleApplications.dysprosiumOxide("EXP-2026-000003", RECEIVED.plusDays(2),
                        ApplicationStatus.UNDER_REVIEW, "li.na"),
                SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED, ApplicationStatus.SUBMITTED, null),
                SampleApplications.dysprosiumOxide("EXP-2026-000002", RECEIVED, ApplicationStatus.APPROVED, "li.na")));

        List<QueueRow> open = repository.queue(ApplicationStatus.openStatuses(), received -> ANY_DEADLINE);

        assertThat(open).extracting(QueueRow::reference).containsExactly("EXP-2026-000001", "EXP-2026-000003");
        QueueRow first = open.get(0);
        assertThat(first.applicantName()).isEqualTo("Ganzhou Rare Earth Trading Co., Ltd.");
        assertThat(first.applicantNameLocal()).as("as filed, in Chinese").isEqualTo("赣州稀土贸易有限公司");
        assertThat(first.applicantName(true)).isEqualTo("赣州稀土贸易有限公司");
        assertThat(first.applicantName(false)).isEqualTo("Ganzhou Rare Earth Trading Co., Ltd.");
        assertThat(first.elements()).isEqualTo("Dy, Tb");
        assertThat(first.highestControlCode()).isEqualTo("1C905.b");
        assertThat(first.endUserCountry()).isEqualTo("DE");
        assertThat(first.totalKg()).isEqualByComparingTo(new BigDecimal("750"));
        assertThat(first.totalValueUsd()).isEqualByComparingTo(new BigDecimal("518750.00"));
        assertThat(first.assignee()).isNull();
        assertThat(first.deadline()).isEqualTo(ANY_DEADLINE);

        assertThat(repository.queue(EnumSet.of(ApplicationStatus.APPROVED), received -> ANY_DEADLINE))
                .extracting(QueueRow::reference).containsExactly("EXP-2026-000002");
        assertThat(repository.queue(EnumSet.noneOf(ApplicationStatus.class), received -> ANY_DEADLINE)).isEmpty();
    }

    @Test
    void itemWithCodeMissingFromTheControlListIsRefused() {
        LicenceApplication sample = SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED,
                ApplicationStatus.SUBMITTED, null);
        var unknownCode = new org.licensedesk.domain.Item(1, new org.licensedesk.domain.ControlCode("1C999.a"), "Dy",
                org.licensedesk.domain.ItemForm.METAL, "x", null, BigDecimal.ONE,
                org.licensedesk.domain.QuantityUnit.KG, BigDecimal.ONE);
        LicenceApplication bad = new LicenceApplication(sample.reference(), sample.receivedOn(), sample.licenceType(),
                sample.applicant(), sample.consignee(), sample.endUser(), sample.endUse(), sample.contract(),
                sample.transport(), List.of(unknownCode), sample.documents(), sample.status(), null, 0);

        assertThatThrownBy(() -> repository.insertAll(List.of(bad))).isInstanceOf(StoreException.class);
        assertThat(repository.count()).isZero();
        assertThat(repository.isEmpty()).isTrue();
    }
}
