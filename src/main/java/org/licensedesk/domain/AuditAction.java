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
    /** regime: a year of the official working-day calendar imported (details: year, file SHA-256). */
    CALENDAR_UPDATED,
    // licences (issue 14): after issue; applicationRef is the application the licence was issued on
    SHIPMENT_RECORDED,
    LICENCE_SUSPENDED,
    LICENCE_REINSTATED,
    LICENCE_REVOKED,
    LICENCE_SURRENDERED,
    LICENCE_EXPIRED,
    LETTER_ISSUED,
    APPEAL_RECEIVED,
    APPEAL_REVIEWED,
    APPEAL_UPHELD,
    APPEAL_GRANTED,
    AMENDMENT_RECEIVED,
    AMENDMENT_RECOMMENDED,
    AMENDMENT_APPROVED,
    AMENDMENT_REFUSED,
    LICENCE_LINKED,
    /**
     * regime: the decision clock stopped besides a request for information (Regulations Art. 17(3): identification,
     * expert consultation, on-site verification; Art. 17(2): referral to the State Council); details: reason.
     */
    CLOCK_STOPPED,
    /** regime: the clock runs again; details: reason, clockStoppedOn, workingDaysStopped, deadline. */
    CLOCK_RESUMED,
    /**
     * regime: the first of two countersignatures a rule requires (a general licence, a watch-list party, a decision
     * against the recommendation, a value above the threshold); the status stays PENDING_COUNTERSIGN and a second
     * supervisor, neither the recommender nor this one, decides. Details: decision, because, threshold.
     */
    COUNTERSIGNED,
    /** A supervisor's checkpoint-signing public key, recorded when the key is made: the chain lists the legitimate keys. */
    SIGNING_KEY_REGISTERED,
    /**
     * A row (an account's role or active flag, an application's status) disagreed with the audit trail and the
     * action was refused; details: kind, subject, stored, trail, trailSeq. Recorded once per distinct finding.
     */
    TRAIL_MISMATCH,
    /**
     * copy-store: this store was filled from another one, and the copy checked (row counts, chain, head) before this
     * entry was appended on the target; details: sourceKind, source, sourceHeadSeq, sourceHeadHash, tables, rows,
     * officials, applications, auditEntries.
     */
    STORE_COPIED,
    /** flags (issue 13): a supervisor added, changed or removed a flag rule; details: change, rule, flagsRaised. */
    FLAG_RULE_CHANGED,
    /** flags: a rule raised a flag on an application or one of its parties; details: flagId, rule, subject, colour. */
    FLAG_RAISED,
    /** flags: an official cleared a flag with a note; details: flagId, rule, subject, raisedBy. */
    FLAG_CLEARED,
    /**
     * regime (issue 13): a supervisor set the value above which a decision needs a second countersignature;
     * details: fromUsd, toUsd.
     */
    COUNTERSIGN_THRESHOLD_CHANGED
}
