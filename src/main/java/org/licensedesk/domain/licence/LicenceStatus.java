package org.licensedesk.domain.licence;

/**
 * Where a licence stands after issue. The names are a contract (exports and the audit trail's details use them).
 * Only an ACTIVE licence covers shipments; REVOKED, SURRENDERED, EXHAUSTED and EXPIRED are final.
 */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    SURRENDERED,
    EXHAUSTED,
    EXPIRED;

    public boolean isFinal() {
        return this != ACTIVE && this != SUSPENDED;
    }
}
