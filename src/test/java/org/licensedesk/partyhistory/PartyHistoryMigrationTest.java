package org.licensedesk.partyhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplication.Relation;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.PartyHistoryRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/**
 * V8 adds the end-user key; applications stored before it get their key when LicenseDesk next opens the database, so
 * they are found as related like any other.
 */
class PartyHistoryMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void applicationsStoredBeforeVersionEightGetTheirKeyWhenTheDatabaseIsOpened() throws Exception {
        TestDatabases.atVersionWithOneApplication(folder.resolve("v6"), "6", "Kansai Magnet Co., Ltd.", "JP");

        try (Database database = Database.open(folder.resolve("v6"))) {
            assertThat(endUserKey(database)).as("after the schema migration alone").isNull();
        }
        Services.open(folder.resolve("v6").toString(), BackendOpener.Mode.EXISTING, CLOCK).close();

        try (Database database = Database.open(folder.resolve("v6"))) {
            assertThat(endUserKey(database)).isEqualTo("KANSAI MAGNET");
            // The old version's applicant was written with an explicit id, which H2's identity does not count.
            database.withConnection(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("ALTER TABLE applicant ALTER COLUMN id RESTART WITH 100");
                }
            });
            LicenceApplication sample = SampleApplications.dysprosiumOxide("EXP-2026-000002", LocalDate.of(2026, 3, 2),
                    ApplicationStatus.SUBMITTED, null);
            new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(sample.reference(),
                    sample.receivedOn(), sample.licenceType(), sample.applicant(), sample.consignee(),
                    new Party(PartyRole.END_USER, "KANSAI MAGNET COMPANY LIMITED", "JP", "Osaka"), sample.endUse(),
                    sample.contract(), sample.transport(), sample.items(), sample.documents(), sample.status(),
                    null, 0)));

            assertThat(new PartyHistoryRepository(database).related("EXP-2026-000002", 10))
                    .extracting(RelatedApplication::reference, RelatedApplication::relation)
                    .containsExactly(tuple("EXP-2025-000001", Relation.SAME_END_USER));
        }
    }

    @Test
    void fillingKeysTwiceFindsNothingLeftTheSecondTime() throws Exception {
        TestDatabases.atVersionWithOneApplication(folder.resolve("v6"), "6", "Bavaria Magnet Works AG", "DE");

        try (Database database = Database.open(folder.resolve("v6"))) {
            PartyHistoryService parties = new PartyHistoryService(new PartyHistoryRepository(database), CLOCK);
            assertThat(parties.fillMissingEndUserKeys()).isEqualTo(1);
            assertThat(parties.fillMissingEndUserKeys()).isZero();
            assertThat(endUserKey(database)).isEqualTo("BAVARIA MAGNET WORKS");
        }
    }

    private static String endUserKey(Database database) {
        return database.withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT end_user_key FROM licence_application WHERE reference = 'EXP-2025-000001'")) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
