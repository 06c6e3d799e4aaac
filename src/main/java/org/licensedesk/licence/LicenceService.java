package org.licensedesk.licence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.licence.DrawDown;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.LicenceFigures;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceRefusedException;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.domain.licence.RecordedShipment;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.UserRepository;

/**
 * The licence after issue: the holder's shipment reports drawing its quantities down (Art. 18(1)), suspension,
 * reinstatement and revocation by supervisors (Art. 18(4), 20), surrender on the holder's request, and expiry
 * recorded once. Each change is one transaction with its one audit entry in the chain; a refusal writes nothing.
 */
public final class LicenceService {
    private final Database database;
    private final LicenceRepository licences;
    private final AuditRepository auditEntries;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.shared();

    public LicenceService(Database database, LicenceRepository licences, UserRepository users,
                          AuditRepository auditEntries, AuditTrail auditTrail, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.licences = Objects.requireNonNull(licences, "licences");
        this.auditEntries = Objects.requireNonNull(auditEntries, "auditEntries");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = new Officials(database, Objects.requireNonNull(users, "users"),
                new TrailAgreement(database, new AuditRepository(database), auditTrail));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A licence with the conditions and riders its approval granted.
     *
     * @throws LicenceRefusedException when there is no such licence
     */
    public Licence licence(String number) {
        return database.read(transaction -> load(transaction, number));
    }

    /** The licence issued on an application, if it was approved. */
    public Optional<Licence> licenceOf(String applicationRef) {
        return database.read(transaction -> licences.findByApplication(transaction, applicationRef)
                .map(found -> withTerms(transaction, found)));
    }

    /** The licence dashboards as of today (expiries found are counted as stored: record them first). */
    public LicenceFigures figures() {
        LocalDate today = today();
        return database.read(transaction -> {
            java.util.Map<String, LicenceFigures.Quantities> merged = new java.util.LinkedHashMap<>();
            for (LicenceRepository.QuantitySum row : licences.quantitiesByElementDestinationUnit(transaction)) {
                QuantityUnit unit = row.unit();
                boolean mass = unit != QuantityUnit.PCS;
                BigDecimal licensed = mass ? unit.toKilograms(row.licensed()).orElseThrow() : row.licensed();
                BigDecimal shipped = mass ? unit.toKilograms(row.shipped()).orElseThrow() : row.shipped();
                String measure = mass ? "KG" : "PCS";
                String key = row.elementSymbol() + "|" + row.country() + "|" + measure;
                LicenceFigures.Quantities before = merged.get(key);
                merged.put(key, new LicenceFigures.Quantities(row.elementSymbol(), row.country(), measure,
                        (before == null ? BigDecimal.ZERO : before.licensed()).add(licensed).stripTrailingZeros(),
                        (before == null ? BigDecimal.ZERO : before.shipped()).add(shipped).stripTrailingZeros()));
            }
            return new LicenceFigures(licences.countByStatus(transaction), List.copyOf(merged.values()),
                    licences.countExpiring(transaction, today, 30), licences.countExpiring(transaction, today, 60),
                    licences.countExpiring(transaction, today, 90));
        });
    }

    public List<LicenceSummary> list(LicenceFilter filter, int limit) {
        return database.read(transaction -> licences.list(transaction, filter, limit));
    }

    public List<RecordedShipment> shipments(String number) {
        return database.read(transaction -> licences.shipments(transaction, number));
    }

    /**
     * Records as EXPIRED, once each, the licences whose last valid day has passed while ACTIVE or SUSPENDED: one
     * LICENCE_EXPIRED entry per licence, by the official whose look at the licences found it.
     *
     * @return how many expiries were recorded now
     */
    public int recordExpiries(User actor) {
        return database.write(transaction -> {
            User current = current(transaction, actor, "record the expiry of a licence");
            LocalDate today = today();
            Instant now = now();
            List<AuditDraft> drafts = new ArrayList<>();
            for (String number : licences.expiredUnrecorded(transaction, today)) {
                Licence licence = licences.find(transaction, number).orElseThrow();
                String reason = "Its last valid day, " + licence.validUntil() + ", has passed.";
                if (licences.updateStatus(transaction, number, licence.version(), LicenceStatus.EXPIRED, reason)) {
                    drafts.add(draft(now, current, licence, AuditAction.LICENCE_EXPIRED, reason,
                            statusDetails(licence, LicenceStatus.EXPIRED)));
                }
            }
            auditTrail.appendAll(transaction, drafts);
            return drafts.size();
        });
    }

    /**
     * Suspends, reinstates, revokes or records the surrender of a licence.
     *
     * @throws LicenceRefusedException with a sentence when the rules refuse it; nothing is written
     */
    public Licence change(User actor, String number, LicenceAction action, String reason) {
        return database.write(transaction -> {
            User current = current(transaction, actor, "change a licence");
            Licence licence = load(transaction, number);
            LicenceStatus status = licence.status(today());
            Optional<String> refusal = action.refusal(current, status, number, reason);
            if (refusal.isPresent()) {
                throw new LicenceRefusedException(refusal.get());
            }
            String note = reason.strip();
            if (!licences.updateStatus(transaction, number, licence.version(), action.target(), note)) {
                throw changedMeanwhile(number);
            }
            auditTrail.append(transaction, draft(now(), current, licence, auditAction(action), note,
                    statusDetails(licence, action.target())));
            return load(transaction, number);
        });
    }

    /**
     * Records a holder's shipment report and draws the licence down; a licence used up becomes EXHAUSTED.
     *
     * @throws LicenceRefusedException with a sentence when it may not be recorded; nothing is written
     */
    public Licence recordShipment(User actor, Shipment shipment) {
        return recordShipments(actor, List.of(shipment)).get(0);
    }

    /**
     * Records many shipment reports in one transaction, in order: the first refusal refuses them all and writes
     * nothing.
     *
     * @return each licence after its shipment
     */
    public List<Licence> recordShipments(User actor, List<Shipment> shipments) {
        return database.write(transaction -> {
            User current = current(transaction, actor, "record a shipment");
            List<Licence> after = new ArrayList<>();
            for (Shipment shipment : shipments) {
                after.add(record(transaction, current, shipment));
            }
            return after;
        });
    }

    /**
     * Records shipments all together or not at all, and names every refusal, not only the first: each is checked
     * against the licence as the earlier ones in the list left it.
     *
     * @return one entry per shipment: null when it passed, else the sentence refusing it; when any is refused,
     *         nothing was written
     */
    public List<String> recordAllOrNothing(User actor, List<Shipment> shipments) {
        List<String> refusals = new ArrayList<>();
        try {
            database.write(transaction -> {
                User current = current(transaction, actor, "record a shipment");
                for (Shipment shipment : shipments) {
                    try {
                        record(transaction, current, shipment);
                        refusals.add(null);
                    } catch (LicenceRefusedException refused) {
                        refusals.add(refused.getMessage());
                    }
                }
                if (refusals.stream().anyMatch(Objects::nonNull)) {
                    throw new LicenceRefusedException("Refused shipments: nothing recorded.");
                }
                return null;
            });
        } catch (LicenceRefusedException refused) {
            if (refusals.size() < shipments.size()) {
                throw refused;
            }
        }
        return refusals;
    }

    private Licence record(Transaction transaction, User actor, Shipment shipment) {
        if (shipment.customsDeclaration().isBlank()) {
            throw new LicenceRefusedException("A shipment needs its customs declaration number.",
                    DrawDown.CUSTOMS_DECLARATION);
        }
        if (licences.declarationRecorded(transaction, shipment.customsDeclaration())) {
            throw new LicenceRefusedException("Customs declaration " + shipment.customsDeclaration()
                    + " is already recorded; a shipment is reported once.", DrawDown.CUSTOMS_DECLARATION);
        }
        Licence licence = load(transaction, shipment.licenceNumber());
        DrawDown.Result result = DrawDown.apply(licence, shipment, today());
        if (!licences.updateShipped(transaction, licence.number(), licence.version(), result.items())) {
            throw changedMeanwhile(licence.number());
        }
        Instant now = now();
        licences.insertShipment(transaction, shipment, result.drawn(), actor.username(),
                AuditRepository.AT_FORMAT.format(now));
        ObjectNode details = json.createObjectNode();
        details.put("licenceNumber", licence.number());
        details.put("shippedOn", shipment.shippedOn().toString());
        details.put("consignee", shipment.consignee());
        details.put("customsDeclaration", shipment.customsDeclaration());
        ArrayNode lines = details.putArray("lines");
        for (int i = 0; i < shipment.lines().size(); i++) {
            ShipmentLine line = shipment.lines().get(i);
            ObjectNode node = lines.addObject();
            node.put("itemLine", line.itemLine());
            node.put("quantity", line.quantity().stripTrailingZeros().toPlainString());
            node.put("unit", line.unit().name());
            node.put("drawn", result.drawn().get(i).toPlainString());
        }
        LicenceStatus status = LicenceStatus.ACTIVE;
        if (result.exhausted()) {
            status = LicenceStatus.EXHAUSTED;
            String reason = "Every licensed quantity has been shipped.";
            if (!licences.updateStatus(transaction, licence.number(), licence.version() + 1, status, reason)) {
                throw changedMeanwhile(licence.number());
            }
        }
        details.put("licenceStatus", status.name());
        auditTrail.append(transaction, draft(now, actor, licence, AuditAction.SHIPMENT_RECORDED,
                "Shipment under customs declaration " + shipment.customsDeclaration() + " of "
                        + shipment.shippedOn() + (result.exhausted() ? "; the licence is used up (EXHAUSTED)." : "."),
                details));
        return load(transaction, licence.number());
    }

    private Licence load(Transaction transaction, String number) {
        Licence found = licences.find(transaction, number).orElseThrow(() -> new LicenceRefusedException(
                "There is no licence " + number + "; check the number."));
        return withTerms(transaction, found);
    }

    /** The conditions and riders granted, as the approval's audit entry recorded them. */
    private Licence withTerms(Transaction transaction, Licence licence) {
        // Issued by an approval, or by a granted appeal (whose entry records the licence it issued): the later one.
        Optional<AuditEntry> approval = auditEntries.latest(transaction, licence.applicationRef(),
                AuditAction.APPROVED.name());
        Optional<AuditEntry> appeal = auditEntries.latest(transaction, licence.applicationRef(),
                AuditAction.APPEAL_GRANTED.name()).filter(entry -> entry.detailsJson().contains("\"licenceNumber\""));
        if (appeal.isPresent() && (approval.isEmpty() || appeal.get().seq() > approval.get().seq())) {
            approval = appeal;
        }
        List<String> conditions = new ArrayList<>();
        List<String> riders = new ArrayList<>();
        approval.ifPresent(entry -> {
            try {
                JsonNode details = json.readTree(entry.detailsJson());
                details.path("conditions").forEach(node -> conditions.add(node.asText()));
                details.path("riders").forEach(node -> riders.add(node.asText()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
                // An entry the desk wrote is JSON; an unreadable one leaves the terms empty rather than hiding the
                // licence.
            }
        });
        return new Licence(licence.number(), licence.applicationRef(), licence.type(), licence.holderName(),
                licence.holderUscc(), licence.contactName(), licence.contactPhone(), licence.contactEmail(),
                licence.portOfExport(), licence.endUse(), licence.validFrom(), licence.validUntil(),
                licence.storedStatus(), licence.statusReason(), licence.items(), licence.parties(), conditions,
                riders, licence.version());
    }

    /** The actor as stored now, when active and in agreement with the trail (roles.Officials). */
    private User current(Transaction transaction, User actor, String what) {
        return officials.require(transaction, Authority.ANY_ACTIVE, actor, what, LicenceRefusedException::new);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private ObjectNode statusDetails(Licence licence, LicenceStatus to) {
        ObjectNode details = json.createObjectNode();
        details.put("licenceNumber", licence.number());
        details.put("fromLicenceStatus", licence.status(today()).name());
        details.put("toLicenceStatus", to.name());
        return details;
    }

    private AuditDraft draft(Instant at, User actor, Licence licence, AuditAction action, String note,
                             ObjectNode details) {
        return new AuditDraft(at, licence.applicationRef(), action, actor.username(), actor.role(), null, null, note,
                details.toString());
    }

    private static AuditAction auditAction(LicenceAction action) {
        return switch (action) {
            case SUSPEND -> AuditAction.LICENCE_SUSPENDED;
            case REINSTATE -> AuditAction.LICENCE_REINSTATED;
            case REVOKE -> AuditAction.LICENCE_REVOKED;
            case SURRENDER -> AuditAction.LICENCE_SURRENDERED;
        };
    }

    private static LicenceRefusedException changedMeanwhile(String number) {
        return new LicenceRefusedException("Licence " + number + " was changed by someone else just now; nothing was "
                + "saved: open it again and retry.");
    }
}
