package org.licensedesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensedesk.licence.LicenceFixture.LI_NA;
import static org.licensedesk.licence.LicenceFixture.WANG_FANG;
import static org.licensedesk.licence.LicenceFixture.ZHANG_MIN;
import static org.licensedesk.licence.LicenceFixture.ZHAO_LEI;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.LicenceRefusedException;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.UserRepository;

/** Amendments (Art. 18(3)) and key changes (Art. 18(2)) through the service on a real database. */
class AmendmentServiceTest {
    private static final String NOTE = "Holder's letter with the new details.";

    @TempDir
    static Path folder;
    private static LicenceFixture fixture;
    private static AmendmentService amendments;
    private static LicenceService licences;

    @BeforeAll
    static void open() {
        fixture = new LicenceFixture(folder);
        amendments = service(fixture.clock);
        licences = fixture.service();
    }

    private static AmendmentService service(Clock clock) {
        return new AmendmentService(fixture.database, new LicenceRepository(), fixture.applications,
                new UserRepository(fixture.database), fixture.trail, WorkingDayCalendar.official(), clock);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(fixture.trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        fixture.database.close();
    }

    private static long entries(String reference, AuditAction action) {
        return fixture.auditEntries.forApplication(reference).stream()
                .filter(entry -> entry.action().equals(action.name())).count();
    }

    @Test
    void theTwentyWorkingDaysRunOnTheCalendarAcrossTheNationalDayHoliday() {
        String number = fixture.licenceNumberOf(fixture.approved());
        AmendmentService inOctober = service(Clock.fixed(LicenceFixture.at("2026-10-20T09:00"),
                LicenceFixture.BEIJING));

        Amendment amendment = inOctober.receive(LI_NA, number, AmendmentField.PORT_OF_EXPORT, "Ningbo",
                LocalDate.of(2026, 9, 24), NOTE);

        // 25-27 Sep Mid-Autumn and 1-7 Oct National Day are holidays, Saturday 10 Oct is a working day: 20 working
        // days after Thursday 24 Sep end on Thursday 29 Oct (a week later than weekends alone would make it).
        assertThat(amendment.dueOn()).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(amendment.oldValue()).isEqualTo("Shanghai");
    }

    @Test
    void anApprovedAmendmentChangesTheLicenceInPlaceAfterFourEyes() {
        String reference = fixture.approved();
        String number = fixture.licenceNumberOf(reference);
        Amendment received = amendments.receive(LI_NA, number, AmendmentField.CONSIGNEE_ADDRESS,
                "Am Kaiserkai 1, 20457 Hamburg", LocalDate.of(2026, 3, 30), NOTE);
        assertThat(received.dueOn()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThatThrownBy(() -> amendments.receive(LI_NA, number, AmendmentField.CONSIGNEE_ADDRESS, "Elsewhere",
                LocalDate.of(2026, 3, 31), NOTE)).hasMessageContaining("is already open");

        assertThatThrownBy(() -> amendments.decide(ZHAO_LEI, received.id(), true, NOTE))
                .hasMessageContaining("has not been recommended yet");
        assertThatThrownBy(() -> amendments.recommend(ZHAO_LEI, received.id(), true, NOTE))
                .hasMessageContaining("A reviewer recommends an amendment");
        amendments.recommend(WANG_FANG, received.id(), true, NOTE);
        assertThatThrownBy(() -> amendments.decide(LI_NA, received.id(), true, NOTE))
                .hasMessageContaining("Only a supervisor decides");

        Amendment approved = amendments.decide(ZHANG_MIN, received.id(), true, NOTE);
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(licences.licence(number).party(PartyRole.CONSIGNEE).orElseThrow().address())
                .isEqualTo("Am Kaiserkai 1, 20457 Hamburg");
        assertThat(amendments.amendments(number)).singleElement().satisfies(history -> {
            assertThat(history.oldValue()).isEqualTo("Am Sandtorkai 12, 20457 Hamburg");
            assertThat(history.newValue()).isEqualTo("Am Kaiserkai 1, 20457 Hamburg");
        });
        assertThat(entries(reference, AuditAction.AMENDMENT_RECEIVED)).isEqualTo(1);
        assertThat(entries(reference, AuditAction.AMENDMENT_RECOMMENDED)).isEqualTo(1);
        assertThat(entries(reference, AuditAction.AMENDMENT_APPROVED)).isEqualTo(1);
        assertThatThrownBy(() -> amendments.decide(ZHAO_LEI, received.id(), false, NOTE))
                .hasMessageContaining("was already APPROVED by zhang.min");
    }

    @Test
    void aRefusedAmendmentLeavesTheLicence() {
        String number = fixture.licenceNumberOf(fixture.approved());
        Amendment received = amendments.receive(LI_NA, number, AmendmentField.CONTACT_PHONE, "+86 10 1234 5678",
                LocalDate.of(2026, 3, 30), NOTE);
        amendments.recommend(LI_NA, received.id(), false, NOTE);
        assertThat(amendments.decide(ZHAO_LEI, received.id(), false, NOTE).status()).isEqualTo("REFUSED");
        assertThat(licences.licence(number).contactPhone()).isNotEqualTo("+86 10 1234 5678");
    }

    @Test
    void aKeyChangeIsRefusedAsAnAmendmentAndItsNewApplicationIsLinked() {
        String reference = fixture.approved();
        String number = fixture.licenceNumberOf(reference);
        for (AmendmentField key : new AmendmentField[] {AmendmentField.ITEM, AmendmentField.QUANTITY_UP,
                AmendmentField.END_USER, AmendmentField.END_USE}) {
            assertThatThrownBy(() -> amendments.receive(LI_NA, number, key, "anything", LocalDate.of(2026, 3, 30),
                    NOTE)).isInstanceOf(LicenceRefusedException.class)
                    .hasMessage("A change of " + key.words() + " is a key element of licence " + number
                            + " (Art. 18(2)): it cannot be made by amendment; the holder files a new application, "
                            + "which the desk links to this licence.");
        }
        assertThat(amendments.amendments(number)).isEmpty();

        String newApplication = fixture.claimed(LocalDate.of(2026, 3, 25));
        amendments.linkNewApplication(LI_NA, number, AmendmentField.END_USER, newApplication, NOTE);
        assertThat(amendments.linkedApplications(number)).containsExactly(newApplication);
        assertThat(entries(reference, AuditAction.LICENCE_LINKED)).isEqualTo(1);
        assertThatThrownBy(() -> amendments.linkNewApplication(LI_NA, number, AmendmentField.PORT_OF_EXPORT,
                newApplication, NOTE)).hasMessageContaining("is not a key element");
    }

    @Test
    void onlyALicenceInForceIsAmended() {
        String number = fixture.licenceNumberOf(fixture.approved());
        licences.change(ZHAO_LEI, number, LicenceAction.REVOKE, "End user diverted goods.");
        assertThatThrownBy(() -> amendments.receive(LI_NA, number, AmendmentField.CONTACT_NAME, "Wang Wu",
                LocalDate.of(2026, 3, 30), NOTE)).hasMessage("Licence " + number + " is REVOKED; only a licence in "
                + "force can be amended.");
    }
}
