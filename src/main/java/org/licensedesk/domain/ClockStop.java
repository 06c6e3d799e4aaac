package org.licensedesk.domain;

/**
 * Why an application's decision clock is stopped, besides a request for information (which has its own status). The
 * names are a contract: audit details and the database carry them as written.
 */
public enum ClockStop {
    /** Identification or classification of the items (Regulations Art. 17(3)). */
    IDENTIFICATION("identification of the items", "Art. 17(3)"),
    /** Consultation of experts (Regulations Art. 17(3)). */
    EXPERT_CONSULTATION("expert consultation", "Art. 17(3)"),
    /** On-site verification of the exporter or end user (Regulations Art. 17(3)). */
    ON_SITE_VERIFICATION("on-site verification of the exporter or end user", "Art. 17(3)"),
    /** The case is referred to the State Council (Regulations Art. 17(2)): no statutory limit while referred. */
    STATE_COUNCIL_REFERRAL("referral to the State Council", "Art. 17(2)");

    private final String description;
    private final String article;

    ClockStop(String description, String article) {
        this.description = description;
        this.article = article;
    }

    /** "expert consultation": as a sentence names it. */
    public String description() {
        return description;
    }

    /** The article of the Regulations that lets the clock stop for this reason: "Art. 17(3)". */
    public String article() {
        return article;
    }

    /** A referral is the supervisor's (Art. 17(2)); the other stops are the assignee's (Art. 17(3)). */
    public boolean bySupervisor() {
        return this == STATE_COUNCIL_REFERRAL;
    }

    /** While referred to the State Council the 45-working-day limit does not apply (Art. 17(2)). */
    public boolean suspendsStatutoryLimit() {
        return this == STATE_COUNCIL_REFERRAL;
    }

    /** "stopped for expert consultation (Regulations Art. 17(3))". */
    public String sentence() {
        return "stopped for " + description + " (Regulations " + article + ")";
    }
}
