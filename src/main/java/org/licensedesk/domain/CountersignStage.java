package org.licensedesk.domain;

/**
 * Which countersignature an application awaiting one needs next (issue 13): the first (no supervisor has signed), or
 * the second, when a rule requires two and one supervisor has signed already.
 */
public enum CountersignStage {
    FIRST,
    SECOND;

    /** The stage of a pending application, from who gave its first countersignature (null: nobody yet). */
    public static CountersignStage afterFirstBy(String firstCountersignedBy) {
        return firstCountersignedBy == null ? FIRST : SECOND;
    }
}
