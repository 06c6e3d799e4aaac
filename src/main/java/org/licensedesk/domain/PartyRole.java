package org.licensedesk.domain;

/** The foreign parties named in an application besides the applicant. */
public enum PartyRole {
    CONSIGNEE,
    END_USER
}
