package org.licensedesk.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensedesk.licence.LicenceFixture.LI_NA;
import static org.licensedesk.licence.LicenceFixture.ZHAO_LEI;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.licence.LicenceFixture;
import org.licensedesk.licence.LicenceService;
import org.licensedesk.store.UserRepository;

/** Decision letters as PDF, read back with PDFBox, and checked against the audit trail. */
class LetterServiceTest {
    @TempDir
    static Path folder;
    private static LicenceFixture fixture;
    private static LicenceService licences;
    private static LetterService letters;

    @BeforeAll
    static void open() {
        fixture = new LicenceFixture(folder);
        licences = fixture.service();
        letters = new LetterService(fixture.database, fixture.applications, fixture.auditEntries, fixture.trail,
                new UserRepository(fixture.database), licences, fixture.clock, LetterService.DEFAULT_APPEAL_DAYS);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(fixture.trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        fixture.database.close();
    }

    /** The letter's text as PDFBox extracts it, with line breaks made spaces (wrapping may fall anywhere). */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
        }
    }

    /** The same text without any white space, for Chinese phrases a line break may split and for the hash. */
    private static String solid(String text) {
        return text.replaceAll("\\s", "");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anApprovalLetterHoldsTheLicenceInBothScriptsAndItsHashIsInItsAuditEntry() throws Exception {
        String reference = fixture.approved();
        String number = fixture.licenceNumberOf(reference);

        LetterService.IssuedLetter letter = letters.issue(ZHAO_LEI, reference, LetterKind.APPROVAL);

        String text = text(letter.pdf());
        assertThat(solid(text)).contains("出口许可决定书").contains("颁发出口许可证" + number)
                .contains("许可证编号：" + number).contains("许可证类型：单项许可证").contains(letter.contentSha256());
        assertThat(text).contains("Export licence " + number + " is issued")
                .contains("Licence number: " + number).contains("Licence type: single licence").contains(reference)
                .contains("No re-export without consent.").contains("Report each shipment within 30 days.")
                .contains("Hanseatic Metals GmbH").contains("Bavaria Magnet Works AG")
                .contains("Item 2: 1C904.a Terbium metal 99.9%, 0.25 T");
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }

        AuditEntry entry = letter.entry();
        assertThat(entry.action()).isEqualTo(AuditAction.LETTER_ISSUED.name());
        assertThat(entry.applicationRef()).isEqualTo(reference);
        assertThat(entry.actor()).isEqualTo("zhao.lei");
        JsonNode details = JsonMapper.create().readTree(entry.detailsJson());
        assertThat(details.path("fileSha256").asText()).isEqualTo(sha256(letter.pdf()));
        assertThat(details.path("contentSha256").asText()).isEqualTo(letter.contentSha256());
        assertThat(details.path("letterKind").asText()).isEqualTo("APPROVAL");

        LetterService.Verification verified = letters.verifyFile(letter.pdf());
        assertThat(verified.matches()).isTrue();
        assertThat(verified.entry().orElseThrow().seq()).isEqualTo(entry.seq());
        assertThat(letters.verifyHash("sha256:" + letter.contentSha256().toUpperCase()).matches()).isTrue();

        byte[] altered = letter.pdf().clone();
        altered[altered.length / 2] ^= 1;
        assertThat(letters.verifyFile(altered).matches()).isFalse();
        assertThat(letters.verifyFile(altered).entry()).isEmpty();
    }

    @Test
    void aDenialLetterGivesTheReasonsAndTheAppealRoute() throws Exception {
        String reference = fixture.claimed(java.time.LocalDate.of(2026, 3, 2));
        fixture.workflow.perform(LI_NA, new WorkflowCommand.RecommendDenial(reference, 2,
                "Checked against the file and the checklist.", List.of(new DenialReason(
                        ReviewFactor.END_USER_AND_END_USE, "The end user supplies a listed entity."))),
                LicenceFixture.at("2026-03-05T09:00"));
        fixture.workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(reference, 3, "Denied as recommended.",
                List.of()), LicenceFixture.at("2026-03-12T09:00"));

        String text = text(letters.issue(LI_NA, reference, LetterKind.DENIAL).pdf());
        assertThat(text).contains("Decision Not to Grant an Export Licence")
                .contains("The end user supplies a listed entity.").contains("within 60 days of receiving this letter");
        assertThat(solid(text)).contains("不予许可决定书").contains("60日内依法申请行政复议");
    }

    @Test
    void aRequestForInformationAndAReturnWithoutActionQuoteTheRecord() throws Exception {
        String asked = fixture.claimed(java.time.LocalDate.of(2026, 3, 2));
        fixture.workflow.perform(LI_NA, new WorkflowCommand.RequestInfo(asked, 2, "Checked against the checklist.",
                List.of("Send the end-user certificate signed by the end user.")), LicenceFixture.at("2026-03-05T09:00"));
        assertThat(text(letters.issue(LI_NA, asked, LetterKind.INFO_REQUEST).pdf()))
                .contains("Request for Further Information").contains(asked)
                .contains("Send the end-user certificate signed by the end user.")
                .contains("The statutory time limit for the decision is suspended")
                // The official's note is theirs, not the applicant's: it was printed as the letter's request.
                .doesNotContain("Checked against the checklist.");

        String returned = fixture.claimed(java.time.LocalDate.of(2026, 3, 2));
        fixture.workflow.perform(LI_NA, new WorkflowCommand.ReturnWithoutAction(returned, 2, "Checked against the "
                + "checklist.", List.of("The contract is missing.")), LicenceFixture.at("2026-03-05T09:00"));
        assertThat(text(letters.issue(LI_NA, returned, LetterKind.RETURN_WITHOUT_ACTION).pdf()))
                .contains("Return Without Action").contains(returned).contains("The contract is missing.")
                .contains("You may file a new application once the reason above is remedied.")
                .doesNotContain("Checked against the checklist.");
    }

    @Test
    void suspensionAndRevocationLettersQuoteTheReason() throws Exception {
        String reference = fixture.approved();
        String number = fixture.licenceNumberOf(reference);
        licences.change(ZHAO_LEI, number, LicenceAction.SUSPEND, "Customs inspection pending.");
        assertThat(text(letters.issue(ZHAO_LEI, reference, LetterKind.SUSPENSION).pdf()))
                .contains("Export licence " + number + " is suspended")
                .contains("Customs inspection pending.");
        assertThatThrownBy(() -> letters.issue(ZHAO_LEI, reference, LetterKind.REVOCATION))
                .isInstanceOf(LetterRefusedException.class).hasMessageContaining("holds no revocation");
        licences.change(ZHAO_LEI, number, LicenceAction.REVOKE, "End user diverted goods.");
        assertThat(text(letters.issue(ZHAO_LEI, reference, LetterKind.REVOCATION).pdf()))
                .contains("revoked under Articles 18(4) and 20").contains("End user diverted goods.");
    }

    @Test
    void aCharacterTheFontLacksRefusesTheLetterRatherThanDropIt() {
        // U+2A6D6, a CJK Extension B character, is outside the bundled GB 2312 subset.
        String reference = fixture.approved(java.time.LocalDate.of(2026, 3, 2), application ->
                new org.licensedesk.domain.LicenceApplication(application.reference(), application.receivedOn(),
                        application.licenceType(), application.applicant(), application.consignee(),
                        application.endUser(), "Magnets for \uD869\uDED6 motors", application.contract(),
                        application.transport(), application.items(), application.documents(), application.status(),
                        application.assignee(), application.version()));
        long before = fixture.auditEntries.forApplication(reference).size();
        assertThatThrownBy(() -> letters.issue(ZHAO_LEI, reference, LetterKind.APPROVAL))
                .isInstanceOf(LetterRefusedException.class)
                .hasMessageContaining("The letter's font has no form for a character of the record (No glyph for U+2A6D6")
                .hasMessageContaining("no letter was written");
        assertThat(fixture.auditEntries.forApplication(reference)).hasSize((int) before);
    }

    @Test
    void aLetterTheRecordDoesNotSupportIsRefusedAndWritesNothing() {
        String reference = fixture.claimed(java.time.LocalDate.of(2026, 3, 2));
        long before = fixture.auditEntries.forApplication(reference).size();
        assertThatThrownBy(() -> letters.issue(LI_NA, reference, LetterKind.APPROVAL))
                .isInstanceOf(LetterRefusedException.class)
                .hasMessage("Application " + reference + " is UNDER_REVIEW and has no licence, so there is no approval "
                        + "letter to write.");
        assertThatThrownBy(() -> letters.issue(LI_NA, reference, LetterKind.INFO_REQUEST))
                .hasMessageContaining("holds no request for information");
        assertThat(fixture.auditEntries.forApplication(reference)).hasSize((int) before);
    }
}
