package org.licensedesk.licence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceRefusedException;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AmendmentRepository;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.UserRepository;

/**
 * Amendments of a licence (Art. 18(3)): a change that is not a key element is an amendment application, due within
 * 20 working days on the desk's calendar, recommended by a reviewer and decided by another official who is a
 * supervisor (four eyes), and changes the licence in place; the trail keeps each step with the old and new value. A
 * key change (Art. 18(2)) is refused as an amendment with a sentence, and the new application that carries it is
 * linked to the licence.
 */
public final class AmendmentService {
    private static final int MAX_VALUE = 300;

    private final Database database;
    private final LicenceRepository licences;
    private final AmendmentRepository amendments = new AmendmentRepository();
    private final ApplicationRepository applications;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.shared();

    public AmendmentService(Database database, LicenceRepository licences, ApplicationRepository applications,
                            UserRepository users, AuditTrail auditTrail, WorkingDayCalendar calendar, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.licences = Objects.requireNonNull(licences, "licences");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = new Officials(database, Objects.requireNonNull(users, "users"),
                new TrailAgreement(database, new AuditRepository(database), auditTrail));
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A licence's amendments, oldest first. */
    public List<Amendment> amendments(String number) {
        return database.read(transaction -> amendments.forLicence(transaction, number));
    }

    /** The new applications linked to a licence because they carry a key change. */
    public List<String> linkedApplications(String number) {
        return database.read(transaction -> amendments.links(transaction, number));
    }

    /**
     * Receives an amendment application.
     *
     * @throws LicenceRefusedException for a key change (a new application is needed), a licence no longer in force,
     *                                 an empty value or an amendment of the same field still open
     */
    public Amendment receive(User actor, String number, AmendmentField field, String newValue, LocalDate receivedOn,
                             String note) {
        return database.write(transaction -> {
            User current = current(transaction, actor, "record an amendment application");
            Licence licence = licence(transaction, number);
            if (field.isKey()) {
                throw keyChange(number, field);
            }
            if (licence.status(today()).isFinal()) {
                throw new LicenceRefusedException("Licence " + number + " is " + licence.status(today())
                        + "; only a licence in force can be amended.");
            }
            String value = newValue == null ? "" : newValue.strip();
            if (value.isEmpty() || value.length() > MAX_VALUE) {
                throw new LicenceRefusedException("Give the new value of " + field.words() + " (1 to " + MAX_VALUE
                        + " characters).");
            }
            if (receivedOn.isAfter(today())) {
                throw new LicenceRefusedException("The amendment's date of receipt, " + receivedOn
                        + ", is after today; give the day it arrived.");
            }
            if (amendments.forLicence(transaction, number).stream()
                    .anyMatch(open -> open.open() && open.field() == field)) {
                throw new LicenceRefusedException("An amendment of " + field.words() + " on licence " + number
                        + " is already open; decide it first.");
            }
            String oldValue = oldValue(licence, field);
            LocalDate due = calendar.addWorkingDays(receivedOn, Amendment.DECISION_WORKING_DAYS);
            long id = amendments.insert(transaction, new Amendment(0, number, field, oldValue, value, receivedOn, due,
                    "OPEN", null, null, null, 0));
            ObjectNode details = details(number, field, oldValue, value);
            details.put("amendmentId", id);
            details.put("receivedOn", receivedOn.toString());
            details.put("dueOn", due.toString());
            append(transaction, current, licence, AuditAction.AMENDMENT_RECEIVED, note, details);
            return amendments.find(transaction, id).orElseThrow();
        });
    }

    /**
     * Links the new application that carries a key change to the licence (Art. 18(2)), so each shows the other.
     *
     * @throws LicenceRefusedException when the field is not a key element (amend it instead) or there is no such
     *                                 application
     */
    public void linkNewApplication(User actor, String number, AmendmentField field, String applicationRef,
                                   String note) {
        database.write(transaction -> {
            User current = current(transaction, actor, "link a new application to a licence");
            Licence licence = licence(transaction, number);
            if (!field.isKey()) {
                throw new LicenceRefusedException("A change of " + field.words() + " is not a key element; it is "
                        + "an amendment of licence " + number + ", not a new application.");
            }
            if (applications.find(transaction, applicationRef).isEmpty()) {
                throw new LicenceRefusedException("There is no application " + applicationRef
                        + "; file the new application first, then link it.");
            }
            if (amendments.links(transaction, number).contains(applicationRef)) {
                throw new LicenceRefusedException(applicationRef + " is already linked to licence " + number + ".");
            }
            amendments.link(transaction, number, applicationRef, field);
            ObjectNode details = json.createObjectNode();
            details.put("licenceNumber", number);
            details.put("field", field.name());
            details.put("newApplication", applicationRef);
            append(transaction, current, licence, AuditAction.LICENCE_LINKED, note, details);
            return null;
        });
    }

    /** A reviewer recommends approving or refusing an open amendment. */
    public Amendment recommend(User actor, long id, boolean approve, String note) {
        return database.write(transaction -> {
            User current = current(transaction, actor, "recommend an amendment");
            Amendment amendment = open(transaction, id);
            if (current.role() != UserRole.REVIEWER) {
                throw new LicenceRefusedException("A reviewer recommends an amendment; a supervisor then decides it.");
            }
            if (amendment.recommendedBy() != null) {
                throw new LicenceRefusedException("Amendment " + id + " was already recommended by "
                        + amendment.recommendedBy() + "; a supervisor decides it now.");
            }
            if (!amendments.recommend(transaction, amendment, current.username(), approve ? "APPROVE" : "REFUSE")) {
                throw changedMeanwhile(id);
            }
            Licence licence = licence(transaction, amendment.licenceNumber());
            ObjectNode details = details(amendment.licenceNumber(), amendment.field(), amendment.oldValue(),
                    amendment.newValue());
            details.put("amendmentId", id);
            details.put("recommendation", approve ? "APPROVE" : "REFUSE");
            append(transaction, current, licence, AuditAction.AMENDMENT_RECOMMENDED, note, details);
            return amendments.find(transaction, id).orElseThrow();
        });
    }

    /** A supervisor other than the recommender decides; approval changes the licence in place. */
    public Amendment decide(User actor, long id, boolean approve, String note) {
        return database.write(transaction -> {
            User current = current(transaction, actor, "decide an amendment");
            Amendment amendment = open(transaction, id);
            if (current.role() != UserRole.SUPERVISOR) {
                throw new LicenceRefusedException("Only a supervisor decides an amendment.");
            }
            if (amendment.recommendedBy() == null) {
                throw new LicenceRefusedException("Amendment " + id + " has not been recommended yet; a reviewer "
                        + "recommends it first.");
            }
            if (amendment.recommendedBy().equals(current.username())) {
                throw new LicenceRefusedException("You recommended amendment " + id + "; another official decides it.");
            }
            Licence licence = licence(transaction, amendment.licenceNumber());
            if (approve && licence.status(today()).isFinal()) {
                throw new LicenceRefusedException("Licence " + licence.number() + " is " + licence.status(today())
                        + " and can no longer be amended; refuse the amendment.");
            }
            if (!amendments.decide(transaction, amendment, current.username(), approve ? "APPROVED" : "REFUSED")) {
                throw changedMeanwhile(id);
            }
            if (approve) {
                amendments.apply(transaction, licence.number(), amendment.field(), amendment.newValue());
            }
            ObjectNode details = details(amendment.licenceNumber(), amendment.field(), amendment.oldValue(),
                    amendment.newValue());
            details.put("amendmentId", id);
            details.put("dueOn", amendment.dueOn().toString());
            details.put("decidedWithinDeadline", !today().isAfter(amendment.dueOn()));
            append(transaction, current, licence, approve ? AuditAction.AMENDMENT_APPROVED
                    : AuditAction.AMENDMENT_REFUSED, note, details);
            return amendments.find(transaction, id).orElseThrow();
        });
    }

    private static LicenceRefusedException keyChange(String number, AmendmentField field) {
        return new LicenceRefusedException("A change of " + field.words() + " is a key element of licence " + number
                + " (Art. 18(2)): it cannot be made by amendment; the holder files a new application, which the "
                + "desk links to this licence.");
    }

    private static String oldValue(Licence licence, AmendmentField field) {
        return switch (field) {
            case CONTACT_NAME -> licence.contactName();
            case CONTACT_PHONE -> licence.contactPhone();
            case CONTACT_EMAIL -> licence.contactEmail();
            case PORT_OF_EXPORT -> licence.portOfExport();
            case CONSIGNEE_ADDRESS -> licence.party(PartyRole.CONSIGNEE).map(LicensedParty::address).orElse(null);
            case END_USER_ADDRESS -> licence.party(PartyRole.END_USER).map(LicensedParty::address).orElse(null);
            default -> throw new IllegalArgumentException(field + " is a key element");
        };
    }

    private Amendment open(Transaction transaction, long id) {
        Amendment amendment = amendments.find(transaction, id).orElseThrow(() -> new LicenceRefusedException(
                "There is no amendment " + id + "; check the number."));
        if (!amendment.open()) {
            throw new LicenceRefusedException("Amendment " + id + " was already " + amendment.status() + " by "
                    + amendment.decidedBy() + ".");
        }
        return amendment;
    }

    private Licence licence(Transaction transaction, String number) {
        return licences.find(transaction, number).orElseThrow(() -> new LicenceRefusedException(
                "There is no licence " + number + "; check the number."));
    }

    /** The actor as stored now, when active and in agreement with the trail (roles.Officials). */
    private User current(Transaction transaction, User actor, String what) {
        return officials.require(transaction, Authority.ANY_ACTIVE, actor, what, LicenceRefusedException::new);
    }

    private ObjectNode details(String number, AmendmentField field, String from, String to) {
        ObjectNode details = json.createObjectNode();
        details.put("licenceNumber", number);
        details.put("field", field.name());
        details.put("from", from);
        details.put("to", to);
        return details;
    }

    private void append(Transaction transaction, User actor, Licence licence, AuditAction action, String note,
                        ObjectNode details) {
        String text = note == null ? "" : note.strip();
        if (text.length() < 10) {
            throw new LicenceRefusedException("Write a note of at least 10 characters; it stays in the audit trail.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        auditTrail.append(transaction, new AuditDraft(now, licence.applicationRef(), action, actor.username(),
                actor.role(), null, null, text, details.toString()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LicenceRefusedException changedMeanwhile(long id) {
        return new LicenceRefusedException("Amendment " + id + " was changed by someone else just now; nothing was "
                + "saved: open it again and retry.");
    }
}
