package org.licensedesk.domain;

/** The parties of an application that are screened against restricted-party lists. */
public enum ScreenedParty {
    APPLICANT,
    CONSIGNEE,
    END_USER
}
