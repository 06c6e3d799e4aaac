package org.licensedesk.audit;

/**
 * The outcome of checking an audit hash chain, in the database or in an exported file.
 *
 * @param entriesChecked  entries whose hash and link were checked before the check ended
 * @param headSeq         the chain's head: the database's at the start of the check, or the one the file names
 * @param firstBrokenSeq  the first entry found changed, missing or out of place; null when intact, or when
 *                        the fault is not in one entry (a file that is not an export, a wrong count)
 * @param reason          one sentence for the official: what is intact, or what is broken and where
 */
public record ChainVerification(boolean ok, long entriesChecked, long headSeq, Long firstBrokenSeq, String reason) {

    public static ChainVerification intact(long entriesChecked, long headSeq, String reason) {
        return new ChainVerification(true, entriesChecked, headSeq, null, reason);
    }

    public static ChainVerification broken(long entriesChecked, long headSeq, Long firstBrokenSeq, String reason) {
        return new ChainVerification(false, entriesChecked, headSeq, firstBrokenSeq, reason);
    }
}
