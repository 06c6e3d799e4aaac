package org.licensedesk.team;

/** Why one application of a reassignment was refused: the workflow's own sentence. */
public record CaseRefusal(String reference, String reason) {
}
