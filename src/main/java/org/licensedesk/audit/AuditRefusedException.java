package org.licensedesk.audit;

/** An audit operation the user may not perform; the message says why and who can. */
public class AuditRefusedException extends RuntimeException {
    public AuditRefusedException(String message) {
        super(message);
    }
}
