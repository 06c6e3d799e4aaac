package org.licensedesk.domain.appeal;

/** How an appeal ends: the denial stands, or the application goes back for a new decision. */
public enum AppealOutcome {
    UPHELD,
    GRANTED
}
