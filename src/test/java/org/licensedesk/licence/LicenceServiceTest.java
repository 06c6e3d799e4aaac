package org.licensedesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensedesk.licence.LicenceFixture.LI_NA;
import static org.licensedesk.licence.LicenceFixture.ZHAO_LEI;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceRefusedException;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.store.LicenceRepository;

/** The licence after issue, through the service on a real database: issue, transitions, draw-down, expiry. */
class LicenceServiceTest {
    private static final String CONSIGNEE = "Hanseatic Metals GmbH";
    private static int declarations = 0;

    @TempDir
    static Path folder;
    private static LicenceFixture fixture;
    private static LicenceService service;

    @BeforeAll
    static void open() {
        fixture = new LicenceFixture(folder);
        service = fixture.service();
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(fixture.trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        fixture.database.close();
    }

    private static String issued() {
        return fixture.licenceNumberOf(fixture.approved());
    }

    private static Shipment shipment(String number, String date, String consignee, ShipmentLine... lines) {
        return new Shipment(number, LocalDate.parse(date), consignee, "CD" + (++declarations), List.of(lines));
    }

    private static ShipmentLine line(int itemLine, String quantity, QuantityUnit unit) {
        return new ShipmentLine(itemLine, new BigDecimal(quantity), unit);
    }

    private static List<AuditEntry> entries(String reference, AuditAction action) {
        return fixture.auditEntries.forApplication(reference).stream().filter(entry -> entry.action().equals(action.name()))
                .toList();
    }

    @Test
    void approvalIssuesTheLicenceRecordWithAllItsFields() {
        String reference = fixture.approved();
        Licence licence = service.licenceOf(reference).orElseThrow();

        assertThat(licence.number()).isEqualTo(fixture.licenceNumberOf(reference));
        assertThat(licence.type()).isEqualTo(LicenceType.SINGLE);
        assertThat(licence.holderName()).isNotBlank();
        assertThat(licence.validFrom()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(licence.validUntil()).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(licence.status(service.today())).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.items()).extracting(item -> item.quantity().stripTrailingZeros().toPlainString() + " "
                + item.unit()).containsExactly("500 KG", "0.25 T");
        assertThat(licence.party(PartyRole.CONSIGNEE).orElseThrow().name()).isEqualTo(CONSIGNEE);
        assertThat(licence.party(PartyRole.END_USER).orElseThrow().name()).isEqualTo("Bavaria Magnet Works AG");
        assertThat(licence.conditions()).containsExactly("No re-export without consent.");
        assertThat(licence.riders()).containsExactly("Report each shipment within 30 days.");
        assertThat(licence.portOfExport()).isEqualTo("Shanghai");
    }

    @Test
    void theLicenceHasTheTypeGrantedNotTheTypeAppliedFor() {
        // A general licence applied for, a single licence recommended and granted (as a watch-list party forces).
        String reference = fixture.approved(LocalDate.of(2026, 3, 2), application -> new LicenceApplication(
                application.reference(), application.receivedOn(), LicenceType.GENERAL, application.applicant(),
                application.consignee(), application.endUser(), application.endUse(), application.contract(),
                application.transport(), application.items(), application.documents(), application.status(),
                application.assignee(), application.version()));
        assertThat(fixture.applications.find(reference).orElseThrow().licenceType()).isEqualTo(LicenceType.GENERAL);
        assertThat(service.licenceOf(reference).orElseThrow().type()).isEqualTo(LicenceType.SINGLE);
    }

    @Test
    void drawDownIsExactAcrossKilogramsTonnesAndGrams() {
        String number = issued();
        service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE,
                line(1, "0.1255", QuantityUnit.T), line(2, "250", QuantityUnit.G)));
        Licence after = service.recordShipment(LI_NA, shipment(number, "2026-03-25", "Bavaria Magnet Works AG",
                line(1, "374.4995", QuantityUnit.KG), line(2, "0.2495", QuantityUnit.T)));

        assertThat(after.item(1).orElseThrow().remaining()).isEqualByComparingTo("0.0005");
        assertThat(after.item(2).orElseThrow().remaining()).isEqualByComparingTo("0.00025");
        assertThat(after.status(service.today())).isEqualTo(LicenceStatus.ACTIVE);

        Licence exhausted = service.recordShipment(LI_NA, shipment(number, "2026-03-30", CONSIGNEE,
                line(1, "0.5", QuantityUnit.G), line(2, "0.25", QuantityUnit.KG)));
        assertThat(exhausted.items()).allMatch(item -> item.remaining().signum() == 0);
        assertThat(exhausted.status(service.today())).isEqualTo(LicenceStatus.EXHAUSTED);
        assertThat(service.shipments(number)).hasSize(3);
        assertThat(entries(exhausted.applicationRef(), AuditAction.SHIPMENT_RECORDED)).hasSize(3)
                .filteredOn(entry -> entry.detailsJson().contains("\"licenceStatus\":\"EXHAUSTED\"")).hasSize(1);
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-31", CONSIGNEE,
                line(1, "1", QuantityUnit.G)))).isInstanceOf(LicenceRefusedException.class)
                .hasMessageContaining("is EXHAUSTED");
    }

    @Test
    void aShipmentAboveWhatRemainsIsRefusedAndWritesNothing() {
        String number = issued();
        service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE, line(2, "0.2", QuantityUnit.T)));

        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-21", CONSIGNEE,
                line(1, "10", QuantityUnit.KG), line(2, "50.001", QuantityUnit.KG))))
                .isInstanceOf(LicenceRefusedException.class)
                .hasMessage("Item line 2 of " + number + " has 0.05 T left; the shipment of 50.001 KG is more than that.")
                .satisfies(refused -> assertThat(((LicenceRefusedException) refused).field()).contains("lines/1"));
        Licence unchanged = service.licence(number);
        assertThat(unchanged.item(1).orElseThrow().shipped()).isEqualByComparingTo("0");
        assertThat(unchanged.item(2).orElseThrow().shipped()).isEqualByComparingTo("0.2");
        assertThat(service.shipments(number)).hasSize(1);
    }

    @Test
    void shipmentsOutsideValidityToAStrangerOrInPiecesAreRefused() {
        String number = issued();
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-11", CONSIGNEE,
                line(1, "1", QuantityUnit.KG)))).hasMessageContaining("outside licence " + number + "'s validity");
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-20", "Someone Else Ltd",
                line(1, "1", QuantityUnit.KG)))).hasMessageContaining("is not a party on licence");
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE,
                line(1, "1", QuantityUnit.PCS)))).hasMessageContaining("cannot be converted");
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE,
                line(3, "1", QuantityUnit.KG)))).hasMessageContaining("has no item line 3");
        assertThat(service.shipments(number)).isEmpty();
    }

    @Test
    void aGeneralLicenceNamesEveryPermittedPartyAndShipmentsGoOnlyToThem() {
        // Regulations Art. 15: a general licence for several exports to one or more end users, named on the licence.
        List<Party> permitted = List.of(
                new Party(PartyRole.CONSIGNEE, "Rotterdam Rare Metals B.V.", "NL", "Waalhaven 12, Rotterdam"),
                new Party(PartyRole.END_USER, "Tallinn Magnet Works OÜ", "EE", "Peterburi tee 47, Tallinn"),
                new Party(PartyRole.END_USER, "Seoul Precision Motors Co., Ltd.", "KR", "123 Teheran-ro, Seoul"));
        String reference = fixture.claimed(LocalDate.of(2026, 3, 2), application -> {
            List<Document> documents = new ArrayList<>(application.documents());
            documents.add(new Document(DocumentType.INTERNAL_COMPLIANCE_PROGRAMME, "ICP 2026", LocalDate.of(2026, 3, 2),
                    null));
            return new LicenceApplication(application.reference(), application.receivedOn(), LicenceType.GENERAL,
                    application.applicant(), application.consignee(), application.endUser(), application.endUse(),
                    application.contract(), application.transport(), application.items(), documents,
                    application.status(), application.assignee(), application.version(), false, permitted);
        });
        assertThat(fixture.applications.find(reference).orElseThrow().permittedParties()).isEqualTo(permitted);
        fixture.workflow.perform(LI_NA, new WorkflowCommand.RecommendApproval(reference, 2, "Checked against the file.",
                new ApprovalTerms(LicenceType.GENERAL, 24, List.of("No re-export without consent."), List.of())),
                LicenceFixture.at("2026-03-05T10:00"));
        fixture.workflow.perform(ZHAO_LEI, new WorkflowCommand.Approve(reference, 3, "Approved as recommended.", null, List.of()),
                LicenceFixture.at("2026-03-12T10:00"));
        // A general licence takes a second countersignature (issue 13).
        fixture.workflow.perform(LicenceFixture.ZHANG_MIN, new WorkflowCommand.Approve(reference, 4,
                "Second countersignature: I concur.", null, List.of()), LicenceFixture.at("2026-03-12T11:00"));

        Licence licence = service.licenceOf(reference).orElseThrow();
        assertThat(licence.type()).isEqualTo(LicenceType.GENERAL);
        assertThat(licence.parties()).extracting(LicensedParty::name).containsExactly(CONSIGNEE,
                "Rotterdam Rare Metals B.V.", "Bavaria Magnet Works AG", "Tallinn Magnet Works OÜ",
                "Seoul Precision Motors Co., Ltd.");
        // The first of each role is still the application's own (amendments of an address change only that one).
        assertThat(licence.party(PartyRole.END_USER).orElseThrow().name()).isEqualTo("Bavaria Magnet Works AG");

        String number = licence.number();
        service.recordShipment(LI_NA, shipment(number, "2026-03-20", "Rotterdam Rare Metals B.V.",
                line(1, "10", QuantityUnit.KG)));
        service.recordShipment(LI_NA, shipment(number, "2026-03-21", "Seoul Precision Motors Co., Ltd.",
                line(1, "10", QuantityUnit.KG)));
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-22", "Osaka Alloys K.K.",
                line(1, "1", QuantityUnit.KG)))).isInstanceOf(LicenceRefusedException.class)
                .hasMessageContaining("is not a party on licence");
        assertThat(service.shipments(number)).hasSize(2);
    }

    @Test
    void aRefusalNamesTheFieldOfTheShipmentItConcerns() {
        String number = issued();
        assertThat(refusedField(shipment(number, "2026-03-11", CONSIGNEE, line(1, "1", QuantityUnit.KG))))
                .contains("shippedOn");
        assertThat(refusedField(shipment(number, "2026-03-20", "Someone Else Ltd", line(1, "1", QuantityUnit.KG))))
                .contains("consignee");
        assertThat(refusedField(shipment(number, "2026-03-20", CONSIGNEE, line(1, "1", QuantityUnit.KG),
                line(3, "1", QuantityUnit.KG)))).contains("lines/1");
        assertThat(refusedField(new Shipment(number, LocalDate.parse("2026-03-20"), CONSIGNEE, " ",
                List.of(line(1, "1", QuantityUnit.KG))))).contains("customsDeclaration");
        service.change(ZHAO_LEI, number, LicenceAction.SUSPEND, "The end user is under investigation");
        assertThat(refusedField(shipment(number, "2026-03-20", CONSIGNEE, line(1, "1", QuantityUnit.KG)))).isEmpty();
    }

    private java.util.Optional<String> refusedField(Shipment shipment) {
        try {
            service.recordShipment(LI_NA, shipment);
        } catch (LicenceRefusedException refused) {
            return refused.field();
        }
        throw new AssertionError("The shipment was recorded: " + shipment);
    }

    @Test
    void aCustomsDeclarationIsRecordedOnce() {
        String number = issued();
        Shipment first = new Shipment(number, LocalDate.parse("2026-03-20"), CONSIGNEE, "CD-ONCE",
                List.of(line(1, "1", QuantityUnit.KG)));
        service.recordShipment(LI_NA, first);
        assertThatThrownBy(() -> service.recordShipment(LI_NA, first)).hasMessageContaining("already recorded");
    }

    @Test
    void suspendStopsShipmentsAndReinstateResumesThem() {
        String number = issued();
        assertThatThrownBy(() -> service.change(LI_NA, number, LicenceAction.SUSPEND, "Inspection."))
                .hasMessageContaining("Only a supervisor may suspend");
        assertThatThrownBy(() -> service.change(ZHAO_LEI, number, LicenceAction.SUSPEND, " "))
                .hasMessageContaining("Give the reason to suspend");
        assertThatThrownBy(() -> service.change(ZHAO_LEI, number, LicenceAction.SUSPEND, " Suspended "))
                .hasMessage("Give the reason to suspend licence " + number + " in at least 10 characters; it goes "
                        + "into the audit trail.");
        assertThatThrownBy(() -> service.change(ZHAO_LEI, number, LicenceAction.REINSTATE, "Cleared."))
                .hasMessageContaining("only a SUSPENDED licence can be reinstated");

        Licence suspended = service.change(ZHAO_LEI, number, LicenceAction.SUSPEND, "Customs inspection pending.");
        assertThat(suspended.storedStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE,
                line(1, "1", QuantityUnit.KG)))).hasMessageContaining("is SUSPENDED")
                .hasMessageContaining("until a supervisor reinstates it");
        assertThatThrownBy(() -> service.change(ZHAO_LEI, number, LicenceAction.SUSPEND, "Again."))
                .hasMessageContaining("only an ACTIVE licence can be suspended");

        Licence reinstated = service.change(ZHAO_LEI, number, LicenceAction.REINSTATE, "Inspection cleared.");
        assertThat(reinstated.storedStatus()).isEqualTo(LicenceStatus.ACTIVE);
        service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE, line(1, "1", QuantityUnit.KG)));

        List<AuditEntry> suspensions = entries(suspended.applicationRef(), AuditAction.LICENCE_SUSPENDED);
        assertThat(suspensions).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("zhao.lei");
            assertThat(entry.note()).isEqualTo("Customs inspection pending.");
            assertThat(entry.detailsJson()).contains("\"toLicenceStatus\":\"SUSPENDED\"");
        });
        assertThat(entries(suspended.applicationRef(), AuditAction.LICENCE_REINSTATED)).hasSize(1);
    }

    @Test
    void revokeIsFinalAndStopsShipments() {
        String number = issued();
        service.change(ZHAO_LEI, number, LicenceAction.SUSPEND, "Investigation.");
        Licence revoked = service.change(ZHAO_LEI, number, LicenceAction.REVOKE, "End user diverted goods.");
        assertThat(revoked.storedStatus()).isEqualTo(LicenceStatus.REVOKED);
        assertThatThrownBy(() -> service.recordShipment(LI_NA, shipment(number, "2026-03-20", CONSIGNEE,
                line(1, "1", QuantityUnit.KG)))).hasMessageContaining("is REVOKED");
        for (LicenceAction action : LicenceAction.values()) {
            assertThatThrownBy(() -> service.change(ZHAO_LEI, number, action, "Try."))
                    .isInstanceOf(LicenceRefusedException.class).hasMessageContaining("is REVOKED");
        }
        assertThat(entries(revoked.applicationRef(), AuditAction.LICENCE_REVOKED)).hasSize(1);
    }

    @Test
    void anyOfficialRecordsASurrenderOnTheHoldersRequest() {
        String number = issued();
        Licence surrendered = service.change(LI_NA, number, LicenceAction.SURRENDER,
                "Holder's letter of 2026-03-28: contract cancelled.");
        assertThat(surrendered.storedStatus()).isEqualTo(LicenceStatus.SURRENDERED);
        assertThat(surrendered.statusReason()).isEqualTo("Holder's letter of 2026-03-28: contract cancelled.");
        assertThatThrownBy(() -> service.change(ZHAO_LEI, number, LicenceAction.REVOKE, "Late."))
                .hasMessageContaining("is SURRENDERED");
    }

    @Test
    void anExpiryIsComputedThenRecordedOnce() {
        String number = issued();
        LicenceService later = new LicenceService(fixture.database, new LicenceRepository(),
                new org.licensedesk.store.UserRepository(fixture.database), fixture.auditEntries, fixture.trail,
                Clock.fixed(LicenceFixture.at("2027-03-12T09:00"), LicenceFixture.BEIJING));
        Licence licence = later.licence(number);
        assertThat(licence.storedStatus()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.status(later.today())).isEqualTo(LicenceStatus.EXPIRED);
        assertThatThrownBy(() -> later.recordShipment(LI_NA, shipment(number, "2027-03-11", CONSIGNEE,
                line(1, "1", QuantityUnit.KG)))).hasMessageContaining("is EXPIRED");

        assertThat(later.recordExpiries(LI_NA)).isPositive();
        assertThat(later.licence(number).storedStatus()).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(later.recordExpiries(LI_NA)).isZero();
        assertThat(entries(licence.applicationRef(), AuditAction.LICENCE_EXPIRED)).hasSize(1);
        assertThatThrownBy(() -> later.change(ZHAO_LEI, number, LicenceAction.REINSTATE, "Try."))
                .hasMessageContaining("is EXPIRED");
    }

    @Test
    void theListFiltersByStatusHolderElementAndExpiry() {
        String number = issued();
        String suspended = issued();
        service.change(ZHAO_LEI, suspended, LicenceAction.SUSPEND, "Customs check pending.");
        LocalDate today = service.today();

        assertThat(service.list(new LicenceFilter(LicenceStatus.SUSPENDED, null, null, null, today), 100))
                .extracting(LicenceSummary::number).contains(suspended).doesNotContain(number);
        assertThat(service.list(new LicenceFilter(null, null, "Tb", null, today), 100))
                .extracting(LicenceSummary::number).contains(number, suspended);
        assertThat(service.list(new LicenceFilter(null, null, "Sm", null, today), 100)).isEmpty();
        assertThat(service.list(new LicenceFilter(null, "no such holder", null, null, today), 100))
                .isEmpty();
        assertThat(service.list(new LicenceFilter(null, null, null, 30, today), 100)).isEmpty();
        assertThat(service.list(new LicenceFilter(null, null, null, 365, today), 100))
                .extracting(LicenceSummary::number).contains(number, suspended);
        assertThat(service.list(new LicenceFilter(null, null, null, null, today), 100))
                .filteredOn(row -> row.number().equals(number)).singleElement()
                .satisfies(row -> assertThat(row.elements()).isEqualTo("Dy, Tb"));
    }
}
