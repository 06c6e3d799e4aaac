package org.licensedesk.domain.workflow;

/** The review factors of Export Control Law Art. 13: every recommendation rests on an assessment of all eight. */
public enum ReviewFactor {
    NATIONAL_SECURITY("National security and interests"),
    INTERNATIONAL_OBLIGATIONS("International obligations and commitments"),
    EXPORT_TYPE("Type of export"),
    ITEM_SENSITIVITY("Sensitivity of the items"),
    DESTINATION("Destination country or region"),
    END_USER_AND_END_USE("End user and end use"),
    EXPORTER_CREDIT("The exporter's credit (compliance) record"),
    OTHER("Other factors");

    private final String label;

    ReviewFactor(String label) {
        this.label = label;
    }

    /** The factor as the law names it, in English. */
    public String label() {
        return label;
    }
}
