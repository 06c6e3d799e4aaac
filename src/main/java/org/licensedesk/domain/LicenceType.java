package org.licensedesk.domain;

/** The licence asked for: one export to one end user, or several exports over up to three years. */
public enum LicenceType {
    SINGLE(1),
    GENERAL(3);

    private final int maxValidityYears;

    LicenceType(int maxValidityYears) {
        this.maxValidityYears = maxValidityYears;
    }

    public int maxValidityYears() {
        return maxValidityYears;
    }
}
