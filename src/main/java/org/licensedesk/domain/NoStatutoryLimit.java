package org.licensedesk.domain;

/** Why the 45-working-day limit of Regulations Art. 17 does not apply to an application. */
public enum NoStatutoryLimit {
    /** Referred to the State Council (Regulations Art. 17(2)): no limit while referred. */
    STATE_COUNCIL_REFERRAL("Art. 17(2)"),
    /** A party is a true match on MOFCOM's watch list (Regulations Art. 26): the limit does not apply. */
    WATCH_LIST("Art. 26");

    private final String article;

    NoStatutoryLimit(String article) {
        this.article = article;
    }

    /** "Art. 26". */
    public String article() {
        return article;
    }
}
