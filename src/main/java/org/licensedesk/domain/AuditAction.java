package org.licensedesk.domain;

/**
 * What an audit entry records. The names are a contract: exports and other tools read them as written.
 */
public enum AuditAction {
    CREATED,
    CLAIMED,
    ASSIGNED,
    INFO_REQUESTED,
    INFO_RECEIVED,
    ASSESSED,
    RECOMMENDED_APPROVAL,
    RECOMMENDED_DENIAL,
    RETURNED_WITHOUT_ACTION,
    SENT_BACK,
    APPROVED,
    DENIED,
    WITHDRAWN,
    NOTE_ADDED,
    SCREENING_DISPOSITION,
    SCREENING_LIST_IMPORTED,
    USER_ADDED,
    PASSWORD_RESET,
    USER_DEACTIVATED,
    AUDIT_EXPORTED,
    AUDIT_VERIFICATION_FAILED,
    SCREENING_THRESHOLD_CHANGED,
    /** A supervisor's checkpoint-signing public key, recorded when the key is made: the chain lists the legitimate keys. */
    SIGNING_KEY_REGISTERED
}
