package org.licensedesk.domain.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.NameNormalizer;
import org.licensedesk.domain.PartyRole;

/**
 * A licence as issued at approval and kept since (Art. 15, 18): its number, type, holder, the licensed items with
 * what has been shipped, the permitted parties, validity and status. Conditions and riders are those the approval
 * granted, kept in its audit entry.
 */
public record Licence(String number, String applicationRef, LicenceType type, String holderName, String holderUscc,
                      String contactName, String contactPhone, String contactEmail, String portOfExport,
                      String endUse, LocalDate validFrom, LocalDate validUntil, LicenceStatus storedStatus,
                      String statusReason, List<LicensedItem> items, List<LicensedParty> parties,
                      List<String> conditions, List<String> riders, long version) {

    public Licence {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(applicationRef, "applicationRef");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(storedStatus, "storedStatus");
        items = List.copyOf(items);
        parties = List.copyOf(parties);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        riders = riders == null ? List.of() : List.copyOf(riders);
    }

    /**
     * The status as of {@code today}: an ACTIVE or SUSPENDED licence whose last valid day has passed is EXPIRED even
     * before the expiry is recorded.
     */
    public LicenceStatus status(LocalDate today) {
        if (!storedStatus.isFinal() && today.isAfter(validUntil)) {
            return LicenceStatus.EXPIRED;
        }
        return storedStatus;
    }

    /** Whether the expiry is due to be recorded: computed EXPIRED, stored otherwise. */
    public boolean expiryUnrecorded(LocalDate today) {
        return status(today) == LicenceStatus.EXPIRED && storedStatus != LicenceStatus.EXPIRED;
    }

    public boolean valid(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public Optional<LicensedItem> item(int lineNo) {
        return items.stream().filter(item -> item.lineNo() == lineNo).findFirst();
    }

    public Optional<LicensedParty> party(PartyRole role) {
        return parties.stream().filter(party -> party.role() == role).findFirst();
    }

    /** Whether goods may go to this name: the consignee or the end user, compared as the screening compares names. */
    public boolean permits(String partyName) {
        NameNormalizer names = new NameNormalizer();
        String wanted = names.normalize(partyName).joined();
        return !wanted.isEmpty()
                && parties.stream().anyMatch(party -> names.normalize(party.name()).joined().equals(wanted));
    }

    public boolean usedUp() {
        return !items.isEmpty() && items.stream().allMatch(LicensedItem::usedUp);
    }
}
