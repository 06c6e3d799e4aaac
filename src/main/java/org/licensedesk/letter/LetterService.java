package org.licensedesk.letter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.audit.AuditHasher;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.licence.LicenceService;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.LetterRepository;
import org.licensedesk.store.UserRepository;

/**
 * Writes decision letters as PDF from the record (the application, its licence and the audit entries of the
 * decision), in Chinese and English, and issues each with a LETTER_ISSUED audit entry that holds the SHA-256 of the
 * file and of the content (the QR code's). {@link #verify} checks a file, or a hash read from a printed letter,
 * against the trail.
 */
public final class LetterService {
    /** The period for administrative reconsideration stated in a denial, unless configured otherwise. */
    public static final int DEFAULT_APPEAL_DAYS = 60;
    private static final String ISSUE = "issue a letter";

    private final Database database;
    private final ApplicationRepository applications;
    private final AuditRepository auditEntries;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final LicenceService licences;
    private final LetterRepository letters = new LetterRepository();
    private final Clock clock;
    private final int appealDays;
    private final ObjectMapper json = JsonMapper.shared();
    private final LetterTemplates chinese = new LetterTemplates("zh");
    private final LetterTemplates english = new LetterTemplates("en");

    public LetterService(Database database, ApplicationRepository applications, AuditRepository auditEntries,
                         AuditTrail auditTrail, UserRepository users, LicenceService licences, Clock clock,
                         int appealDays) {
        this.database = Objects.requireNonNull(database, "database");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.auditEntries = Objects.requireNonNull(auditEntries, "auditEntries");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = new Officials(database, Objects.requireNonNull(users, "users"),
                new TrailAgreement(database, new AuditRepository(database), auditTrail));
        this.licences = Objects.requireNonNull(licences, "licences");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (appealDays <= 0) {
            throw new IllegalArgumentException("The appeal period must be at least one day, not " + appealDays);
        }
        this.appealDays = appealDays;
    }

    /** A letter issued: the PDF to save or print, its hashes, and the audit entry that issued it. */
    public record IssuedLetter(byte[] pdf, String fileSha256, String contentSha256, AuditEntry entry) {
    }

    /** What {@link #verify} found. {@code entry} is empty when no letter of the desk has this hash. */
    public record Verification(String sha256, Optional<AuditEntry> entry, boolean entryIntact, String kind) {
        public boolean matches() {
            return entry.isPresent() && entryIntact;
        }
    }

    /**
     * Writes and issues a letter of this kind on the application.
     *
     * @throws LetterRefusedException when the record holds no decision of this kind (no approval to announce, no
     *                                information requested, ...); nothing is written
     */
    public IssuedLetter issue(User actor, String reference, LetterKind kind) {
        // Refused before the letter is composed, and checked again where it is recorded.
        officials.require(Authority.ANY_ACTIVE, actor, ISSUE, LetterRefusedException::new);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Letter letter = compose(reference, kind, today, now);
        String contentSha256 = letter.contentSha256();
        byte[] pdf = LetterPdf.render(letter, contentSha256);
        String fileSha256 = Letter.sha256(pdf);
        AuditEntry entry = database.write(transaction -> {
            User current = officials.require(transaction, Authority.ANY_ACTIVE, actor, ISSUE,
                    LetterRefusedException::new);
            ObjectNode details = json.createObjectNode();
            details.put("letterKind", kind.name());
            details.put("fileSha256", fileSha256);
            details.put("contentSha256", contentSha256);
            details.put("pages", pages(pdf));
            AuditEntry issued = auditTrail.append(transaction, new AuditDraft(now, reference, AuditAction.LETTER_ISSUED,
                    current.username(), current.role(), null, null, letter.titleEn() + " issued as PDF.",
                    details.toString()));
            letters.insert(transaction, new LetterRepository.IssuedLetterRow(fileSha256, contentSha256, reference,
                    kind.name(), issued.seq()));
            return issued;
        });
        return new IssuedLetter(pdf, fileSha256, contentSha256, entry);
    }

    /** Checks a letter file against the trail: its SHA-256 must be one an intact LETTER_ISSUED entry recorded. */
    public Verification verifyFile(byte[] pdf) {
        return verifyHash(Letter.sha256(pdf));
    }

    /** Checks a SHA-256 (of a file, or read from a printed letter's QR code) against the trail. */
    public Verification verifyHash(String sha256) {
        String wanted = sha256.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.startsWith("sha256:")) {
            wanted = wanted.substring("sha256:".length());
        }
        String hash = wanted;
        Optional<LetterRepository.IssuedLetterRow> row = database.read(transaction -> letters.find(transaction, hash));
        if (row.isEmpty()) {
            return new Verification(hash, Optional.empty(), false, null);
        }
        List<AuditEntry> found = new ArrayList<>();
        auditEntries.forEachInRange(row.get().auditSeq(), row.get().auditSeq(), entry -> found.add(entry));
        if (found.isEmpty()) {
            return new Verification(hash, Optional.empty(), false, row.get().kind());
        }
        AuditEntry entry = found.get(0);
        boolean intact = AuditAction.LETTER_ISSUED.name().equals(entry.action())
                && new AuditHasher().hash(entry).equals(entry.hash())
                && recorded(entry, hash);
        return new Verification(hash, Optional.of(entry), intact, row.get().kind());
    }

    private boolean recorded(AuditEntry entry, String hash) {
        try {
            JsonNode details = json.readTree(entry.detailsJson());
            return hash.equals(details.path("fileSha256").asText())
                    || hash.equals(details.path("contentSha256").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static int pages(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The letter's words, from the record as it stands. */
    Letter compose(String reference, LetterKind kind, LocalDate today, Instant now) {
        LicenceApplication application = applications.find(reference).orElseThrow(() -> new LetterRefusedException(
                "There is no application " + reference + "; check the reference."));
        Map<String, String> values = new HashMap<>();
        values.put("reference", reference);
        values.put("received", application.receivedOn().toString());
        values.put("applicant", application.applicant().name());
        values.put("uscc", application.applicant().uscc());
        values.put("address", application.applicant().address());
        values.put("date", today.toString());
        values.put("days", Integer.toString(appealDays));
        List<String> bodyZh = new ArrayList<>();
        List<String> bodyEn = new ArrayList<>();
        switch (kind) {
            case APPROVAL -> {
                Licence licence = licence(reference, application, "approval");
                approval(licence, values, chinese, bodyZh);
                approval(licence, values, english, bodyEn);
            }
            case DENIAL -> {
                requireStatus(application, ApplicationStatus.DENIED, "denial");
                List<String> reasons = reasons(latest(reference, AuditAction.DENIED, "denial"));
                for (LetterTemplates templates : List.of(chinese, english)) {
                    List<String> body = templates == chinese ? bodyZh : bodyEn;
                    body.add(templates.text("denial.opening", values));
                    reasons.forEach(reason -> body.add("• " + reason));
                    body.add("");
                    body.add(templates.text("denial.appeal", values));
                }
            }
            case INFO_REQUEST -> listed(recorded(latest(reference, AuditAction.INFO_REQUESTED,
                    "request for information"), "questions", "questions"), "infoRequest", values, bodyZh, bodyEn);
            case RETURN_WITHOUT_ACTION -> {
                requireStatus(application, ApplicationStatus.RETURNED, "return without action");
                listed(recorded(latest(reference, AuditAction.RETURNED_WITHOUT_ACTION, "return without action"),
                        "defects", "defects"), "return", values, bodyZh, bodyEn);
            }
            case SUSPENSION, REVOCATION -> {
                Licence licence = licence(reference, application, kind == LetterKind.SUSPENSION ? "suspension"
                        : "revocation");
                values.put("licence", licence.number());
                AuditAction action = kind == LetterKind.SUSPENSION ? AuditAction.LICENCE_SUSPENDED
                        : AuditAction.LICENCE_REVOKED;
                noted(latest(reference, action, kind == LetterKind.SUSPENSION ? "suspension" : "revocation"),
                        kind.key(), values, bodyZh, bodyEn);
            }
            default -> throw new IllegalStateException("Unhandled letter kind " + kind);
        }
        List<Letter.Section> sections = new ArrayList<>();
        for (LetterTemplates templates : List.of(chinese, english)) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(templates.text("to", values));
            paragraphs.add(templates.text("subject", values));
            paragraphs.add("");
            paragraphs.addAll(templates == chinese ? bodyZh : bodyEn);
            paragraphs.add("");
            paragraphs.add(templates.text("signature", values));
            sections.add(new Letter.Section(templates.text(kind.key() + ".title"), paragraphs));
        }
        return new Letter(kind, reference, today, now, chinese.text(kind.key() + ".title"),
                english.text(kind.key() + ".title"), sections,
                chinese.text("footer", values) + " · " + english.text("footer", values),
                List.of(chinese.text("hash.caption1"), english.text("hash.caption1"), english.text("hash.caption2")));
    }

    private void approval(Licence licence, Map<String, String> base, LetterTemplates templates, List<String> body) {
        Map<String, String> values = new HashMap<>(base);
        values.put("licence", licence.number());
        values.put("type", templates.text("type." + licence.type().name()));
        values.put("holder", licence.holderName());
        values.put("uscc", licence.holderUscc());
        values.put("from", licence.validFrom().toString());
        values.put("until", licence.validUntil().toString());
        values.put("port", licence.portOfExport() == null ? templates.text("approval.none") : licence.portOfExport());
        values.put("endUse", licence.endUse());
        body.add(templates.text("approval.opening", values));
        body.add("");
        for (String key : List.of("approval.number", "approval.type", "approval.holder", "approval.validity",
                "approval.port", "approval.endUse")) {
            body.add(templates.text(key, values));
        }
        for (LicensedParty party : licence.parties()) {
            Map<String, String> partyValues = new HashMap<>(values);
            partyValues.put("role", templates.text("approval.role." + party.role().name()));
            partyValues.put("name", party.name());
            partyValues.put("address", party.address());
            partyValues.put("country", party.country());
            body.add(templates.text("approval.party", partyValues));
        }
        for (LicensedItem item : licence.items()) {
            Map<String, String> itemValues = new HashMap<>(values);
            itemValues.put("line", Integer.toString(item.lineNo()));
            itemValues.put("code", item.controlCode());
            itemValues.put("description", item.description());
            itemValues.put("quantity", plain(item.quantity()));
            itemValues.put("unit", item.unit().name());
            itemValues.put("price", item.unitPriceUsd().toPlainString());
            body.add(templates.text("approval.item", itemValues));
        }
        body.add(templates.text("approval.conditions"));
        listed(licence.conditions(), templates, body);
        body.add(templates.text("approval.riders"));
        listed(licence.riders(), templates, body);
        body.add("");
        body.add(templates.text("approval.reports"));
    }

    private static void listed(List<String> texts, LetterTemplates templates, List<String> body) {
        if (texts.isEmpty()) {
            body.add("  " + templates.text("approval.none"));
        }
        for (int i = 0; i < texts.size(); i++) {
            body.add("  " + (i + 1) + ". " + texts.get(i));
        }
    }

    /** The entry's note as the letter's substance: a licence's suspension or revocation reason is its note. */
    private void noted(AuditEntry entry, String key, Map<String, String> values, List<String> bodyZh,
                       List<String> bodyEn) {
        for (LetterTemplates templates : List.of(chinese, english)) {
            List<String> body = templates == chinese ? bodyZh : bodyEn;
            body.add(templates.text(key + ".opening", values));
            body.add(entry.note());
            body.add("");
            body.add(templates.text(key + ".closing", values));
        }
    }

    /**
     * What the applicant is told, as the entry's details list it (the questions asked, the defects found): never the
     * entry's note, which is the official's own and may hold anything they typed.
     */
    private List<String> recorded(AuditEntry entry, String field, String what) {
        List<String> texts = new ArrayList<>();
        try {
            json.readTree(entry.detailsJson()).path(field).forEach(text -> texts.add(text.asText()));
        } catch (JsonProcessingException e) {
            // Handled below: no texts.
        }
        if (texts.isEmpty()) {
            throw new LetterRefusedException("The record of " + entry.applicationRef() + " lists no " + what
                    + " in its " + entry.action() + " entry, so there is nothing to write to the applicant.");
        }
        return texts;
    }

    private void listed(List<String> texts, String key, Map<String, String> values, List<String> bodyZh,
                        List<String> bodyEn) {
        for (LetterTemplates templates : List.of(chinese, english)) {
            List<String> body = templates == chinese ? bodyZh : bodyEn;
            body.add(templates.text(key + ".opening", values));
            texts.forEach(text -> body.add("• " + text));
            body.add("");
            body.add(templates.text(key + ".closing", values));
        }
    }

    private Licence licence(String reference, LicenceApplication application, String what) {
        return licences.licenceOf(reference).orElseThrow(() -> new LetterRefusedException("Application " + reference
                + " is " + application.status() + " and has no licence, so there is no " + what + " letter to write."));
    }

    private static void requireStatus(LicenceApplication application, ApplicationStatus status, String what) {
        if (application.status() != status) {
            throw new LetterRefusedException("Application " + application.reference() + " is " + application.status()
                    + ", not " + status + ", so there is no " + what + " letter to write.");
        }
    }

    private AuditEntry latest(String reference, AuditAction action, String what) {
        return database.read(transaction -> auditEntries.latest(transaction, reference, action.name()))
                .orElseThrow(() -> new LetterRefusedException("The record of " + reference + " holds no " + what
                        + " (" + action + "), so there is no such letter to write."));
    }

    private List<String> reasons(AuditEntry denial) {
        List<String> reasons = new ArrayList<>();
        try {
            json.readTree(denial.detailsJson()).path("reasons").forEach(reason -> reasons.add(
                    reason.path("reason").asText()));
        } catch (JsonProcessingException e) {
            // The desk writes JSON; if an entry cannot be read, the note below still states the decision.
        }
        if (reasons.isEmpty()) {
            reasons.add(denial.note());
        }
        return reasons;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
