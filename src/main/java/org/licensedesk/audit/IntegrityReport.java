package org.licensedesk.audit;

/**
 * What one integrity check found, and what became of the finding.
 *
 * @param recordedSeq      seq of the {@code AUDIT_VERIFICATION_FAILED} entry this check appended; null when the chain
 *                         is intact or this finding was already recorded in this sign-in
 * @param notRecordedBecause why a new finding could not be appended (such as a forged entry in the way); else null
 */
public record IntegrityReport(ChainVerification verification, Long recordedSeq, String notRecordedBecause) {
}
