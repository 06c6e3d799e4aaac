package org.licensedesk.partyhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Contact;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplication.Relation;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.domain.Uscc;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.PartyHistoryRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/** The parties' history on a real database: who is related to whom, in which order, and whose applicant was denied. */
class PartyHistoryServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING);
    private static final Applicant GANZHOU = SampleApplications.GANZHOU;
    private static final Applicant BAOTOU = applicant("91150200MA0N7QXW3", "Baotou Steppe Rare Earth Metals Co., Ltd.");
    private static final Party KANSAI = endUser("Kansai Magnet Co., Ltd.", "JP");

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private PartyHistoryService parties;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        applications = new ApplicationRepository(database);
        parties = new PartyHistoryService(new PartyHistoryRepository(database), CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEarlierApplicationOfTheSameApplicantIsRelatedByUscc() {
        store("EXP-2026-000001", "2026-03-02", GANZHOU, endUser("Bavaria Magnet Works AG", "DE"));
        // The same USCC under a name written differently on this filing: still the same applicant.
        Applicant renamed = new Applicant(GANZHOU.uscc(), "GANZHOU RARE EARTH TRADING CO LTD", GANZHOU.nameLocal(),
                GANZHOU.address(), GANZHOU.contact());
        store("EXP-2026-000002", "2026-04-10", renamed, endUser("Seoul Hanbit Materials Corporation", "KR"));
        store("EXP-2026-000003", "2026-02-01", BAOTOU, endUser("Pioneer Magnetics Inc.", "US"));

        assertThat(parties.related("EXP-2026-000002").newestFirst())
                .extracting(RelatedApplication::reference, RelatedApplication::relation)
                .containsExactly(tuple("EXP-2026-000001", Relation.SAME_APPLICANT));
    }

    @Test
    void theSameEndUserWrittenDifferentlyIsRelated() {
        store("EXP-2026-000001", "2026-03-02", BAOTOU, KANSAI);
        store("EXP-2026-000002", "2026-04-10", GANZHOU, endUser("KANSAI MAGNET COMPANY LIMITED", "JP"));

        assertThat(parties.related("EXP-2026-000002").newestFirst())
                .extracting(RelatedApplication::reference, RelatedApplication::relation)
                .containsExactly(tuple("EXP-2026-000001", Relation.SAME_END_USER));
    }

    @Test
    void theSameEndUserNameInAnotherCountryIsNotRelated() {
        store("EXP-2026-000001", "2026-03-02", BAOTOU, endUser("Kansai Magnet Co., Ltd.", "KR"));
        store("EXP-2026-000002", "2026-04-10", GANZHOU, KANSAI);

        assertThat(parties.related("EXP-2026-000002").newestFirst()).isEmpty();
    }

    @Test
    void sharingBothPartiesIsOneRowSayingSo() {
        store("EXP-2026-000001", "2026-03-02", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-04-10", GANZHOU, endUser("Kansai Magnet Corporation", "JP"));

        assertThat(parties.related("EXP-2026-000002").newestFirst())
                .extracting(RelatedApplication::reference, RelatedApplication::relation)
                .containsExactly(tuple("EXP-2026-000001", Relation.SAME_APPLICANT_AND_END_USER));
    }

    @Test
    void relatedApplicationsComeNewestFirstUpToTheApplicationsOwnDay() {
        store("EXP-2026-000001", "2026-01-15", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-05-04", BAOTOU, KANSAI);
        store("EXP-2026-000003", "2026-03-09", GANZHOU, endUser("Pioneer Magnetics Inc.", "US"));
        store("EXP-2026-000004", "2026-06-01", GANZHOU, KANSAI);
        store("EXP-2026-000005", "2026-06-01", BAOTOU, endUser("Kansai Magnet Co Ltd", "JP"));
        // Received after it: not part of what came before.
        store("EXP-2026-000006", "2026-07-20", GANZHOU, KANSAI);

        assertThat(parties.related("EXP-2026-000004").newestFirst())
                .extracting(RelatedApplication::reference, RelatedApplication::relation)
                .containsExactly(
                        tuple("EXP-2026-000005", Relation.SAME_END_USER),
                        tuple("EXP-2026-000002", Relation.SAME_END_USER),
                        tuple("EXP-2026-000003", Relation.SAME_APPLICANT),
                        tuple("EXP-2026-000001", Relation.SAME_APPLICANT_AND_END_USER));
    }

    @Test
    void aRelatedRowCarriesItsStatusOutcomeDecisionAndItems() {
        store("EXP-2026-000001", "2026-03-02", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-04-10", GANZHOU, KANSAI);
        Instant decided = Instant.parse("2026-04-01T03:15:00Z");
        decide("EXP-2026-000001", ApplicationStatus.DENIED, decided);

        RelatedApplication related = parties.related("EXP-2026-000002").newestFirst().get(0);

        assertThat(related.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(related.status()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(related.outcome()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(related.decidedAt()).isEqualTo(decided);
        assertThat(related.elements()).isEqualTo("Dy, Tb");
        assertThat(related.controlCodes()).containsExactly("1C905.b", "1C904.a");
        assertThat(related.totalKg()).isEqualByComparingTo(new BigDecimal("750"));
        assertThat(parties.related("EXP-2026-000001").newestFirst()).isEmpty();
    }

    @Test
    void anOpenRelatedApplicationHasNoOutcomeYet() {
        store("EXP-2026-000001", "2026-03-02", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-04-10", GANZHOU, KANSAI);

        RelatedApplication related = parties.related("EXP-2026-000002").newestFirst().get(0);

        assertThat(related.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(related.outcome()).isNull();
        assertThat(related.decidedAt()).isNull();
    }

    @Test
    void onlyTheNewestAreListedAndTheResultSaysThereAreMore() {
        store("EXP-2026-000001", "2026-01-15", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-02-16", BAOTOU, KANSAI);
        store("EXP-2026-000003", "2026-03-09", GANZHOU, endUser("Pioneer Magnetics Inc.", "US"));
        store("EXP-2026-000004", "2026-06-01", GANZHOU, KANSAI);
        PartyHistoryService capped = new PartyHistoryService(new PartyHistoryRepository(database), CLOCK, 2);

        RelatedApplications related = capped.related("EXP-2026-000004");

        assertThat(related.newestFirst()).extracting(RelatedApplication::reference)
                .containsExactly("EXP-2026-000003", "EXP-2026-000002");
        assertThat(related.more()).isTrue();
        assertThat(parties.related("EXP-2026-000004").more()).isFalse();
    }

    @Test
    void anUnknownReferenceHasNoRelatedApplications() {
        store("EXP-2026-000001", "2026-03-02", GANZHOU, KANSAI);

        assertThat(parties.related("EXP-2026-999999").newestFirst()).isEmpty();
    }

    @Test
    void aDenialExactlyThreeYearsAgoMarksTheApplicantsOtherApplications() {
        store("EXP-2023-000001", "2023-10-09", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-11-02", GANZHOU, KANSAI);
        store("EXP-2026-000003", "2026-11-03", BAOTOU, KANSAI);
        decide("EXP-2023-000001", ApplicationStatus.DENIED, startOfDay(TODAY.minusYears(3)));

        assertThat(parties.applicantDeniedRecently(ApplicationStatus.openStatuses()))
                .containsExactly("EXP-2026-000002");
    }

    @Test
    void aDenialThreeYearsAndOneDayAgoDoesNotCount() {
        store("EXP-2023-000001", "2023-10-09", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-11-02", GANZHOU, KANSAI);
        // The last moment of the day before the window opens, in the clock's time zone.
        decide("EXP-2023-000001", ApplicationStatus.DENIED, startOfDay(TODAY.minusYears(3)).minusMillis(1));

        assertThat(parties.applicantDeniedRecently(ApplicationStatus.openStatuses())).isEmpty();
    }

    @Test
    void onlyDenialsCountNotOtherOutcomes() {
        store("EXP-2026-000001", "2026-01-15", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-02-16", GANZHOU, KANSAI);
        store("EXP-2026-000003", "2026-11-02", GANZHOU, KANSAI);
        decide("EXP-2026-000001", ApplicationStatus.APPROVED, Instant.parse("2026-03-01T02:00:00Z"));
        decide("EXP-2026-000002", ApplicationStatus.WITHDRAWN, Instant.parse("2026-03-02T02:00:00Z"));

        assertThat(parties.applicantDeniedRecently(EnumSet.allOf(ApplicationStatus.class))).isEmpty();
    }

    @Test
    void anApplicationsOwnDenialDoesNotMarkItButASecondDenialDoes() {
        store("EXP-2026-000001", "2026-01-15", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-02-16", GANZHOU, KANSAI);
        store("EXP-2026-000003", "2026-11-02", GANZHOU, KANSAI);
        decide("EXP-2026-000001", ApplicationStatus.DENIED, Instant.parse("2026-03-01T02:00:00Z"));
        EnumSet<ApplicationStatus> all = EnumSet.allOf(ApplicationStatus.class);

        assertThat(parties.applicantDeniedRecently(all)).containsExactlyInAnyOrder(
                "EXP-2026-000002", "EXP-2026-000003");

        decide("EXP-2026-000002", ApplicationStatus.DENIED, Instant.parse("2026-04-01T02:00:00Z"));

        assertThat(parties.applicantDeniedRecently(all)).containsExactlyInAnyOrder(
                "EXP-2026-000001", "EXP-2026-000002", "EXP-2026-000003");
        assertThat(parties.applicantDeniedRecently(ApplicationStatus.openStatuses()))
                .containsExactly("EXP-2026-000003");
    }

    @Test
    void oneApplicationsDenialFlagNamesTheApplicantsOtherDenialsInTheWindowNewestFirst() {
        store("EXP-2023-000001", "2023-10-09", GANZHOU, KANSAI);
        store("EXP-2026-000001", "2026-01-15", GANZHOU, KANSAI);
        store("EXP-2026-000002", "2026-02-16", GANZHOU, KANSAI);
        store("EXP-2026-000003", "2026-11-02", GANZHOU, KANSAI);
        store("EXP-2026-000004", "2026-11-03", BAOTOU, KANSAI);
        decide("EXP-2023-000001", ApplicationStatus.DENIED, startOfDay(TODAY.minusYears(3)).minusMillis(1));
        decide("EXP-2026-000001", ApplicationStatus.DENIED, Instant.parse("2026-03-01T02:00:00Z"));
        decide("EXP-2026-000002", ApplicationStatus.DENIED, Instant.parse("2026-04-01T02:00:00Z"));

        assertThat(parties.otherDenialsOfApplicant("EXP-2026-000003"))
                .containsExactly("EXP-2026-000002", "EXP-2026-000001");
        assertThat(parties.otherDenialsOfApplicant("EXP-2026-000001")).containsExactly("EXP-2026-000002");
        assertThat(parties.otherDenialsOfApplicant("EXP-2026-000004")).isEmpty();
        assertThat(parties.otherDenialsOfApplicant("EXP-2026-999999")).isEmpty();
        // The same rule as the queue's flag, application by application.
        for (String reference : List.of("EXP-2023-000001", "EXP-2026-000001", "EXP-2026-000002", "EXP-2026-000003",
                "EXP-2026-000004")) {
            assertThat(!parties.otherDenialsOfApplicant(reference).isEmpty()).as(reference).isEqualTo(
                    parties.applicantDeniedRecently(EnumSet.allOf(ApplicationStatus.class)).contains(reference));
        }
    }

    @Test
    void theDenialWindowStartsAtMidnightThreeYearsBeforeTodayInTheClocksZone() {
        assertThat(parties.deniedSince()).isEqualTo(Instant.parse("2023-11-28T16:00:00Z"));
    }

    private void store(String reference, String receivedOn, Applicant applicant, Party endUser) {
        LicenceApplication sample = SampleApplications.dysprosiumOxide(reference, LocalDate.parse(receivedOn),
                ApplicationStatus.SUBMITTED, null);
        applications.insertAll(List.of(new LicenceApplication(sample.reference(), sample.receivedOn(),
                sample.licenceType(), applicant, sample.consignee(), endUser, sample.endUse(), sample.contract(),
                sample.transport(), sample.items(), sample.documents(), sample.status(), sample.assignee(), 0)));
    }

    /** Sets the outcome directly: the workflow's rules for reaching it are tested elsewhere. */
    private void decide(String reference, ApplicationStatus outcome, Instant at) {
        database.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE licence_application SET status = ?, decided_at = ? WHERE reference = ?")) {
                update.setString(1, outcome.name());
                update.setString(2, AuditRepository.AT_FORMAT.format(at));
                update.setString(3, reference);
                return update.executeUpdate();
            }
        });
    }

    private static Instant startOfDay(LocalDate day) {
        return ZonedDateTime.of(day.atStartOfDay(), BEIJING).toInstant();
    }

    private static Party endUser(String name, String country) {
        return new Party(PartyRole.END_USER, name, country, "1-4-1 Marunouchi, Tokyo");
    }

    private static Applicant applicant(String first17, String name) {
        return new Applicant(first17 + Uscc.checkCharacter(first17), name, "包头草原稀土金属有限公司", "Baotou",
                new Contact("Wang Lei", "+86 472 512 3456", "export@baotou-steppe.example.cn"));
    }
}
