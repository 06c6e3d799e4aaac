package org.licensedesk.letter;

/** The decision letters the desk writes. The names are used on the command line and in the audit trail. */
public enum LetterKind {
    APPROVAL,
    DENIAL,
    INFO_REQUEST,
    RETURN_WITHOUT_ACTION,
    SUSPENSION,
    REVOCATION;

    /** The template keys' prefix: "approval", "infoRequest", ... */
    String key() {
        return switch (this) {
            case APPROVAL -> "approval";
            case DENIAL -> "denial";
            case INFO_REQUEST -> "infoRequest";
            case RETURN_WITHOUT_ACTION -> "return";
            case SUSPENSION -> "suspension";
            case REVOCATION -> "revocation";
        };
    }
}
