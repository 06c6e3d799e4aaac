package org.licensedesk.domain.appeal;

/** An appeal step the rules refuse; the message is one sentence saying why. Nothing was written. */
public final class AppealRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AppealRefusedException(String message) {
        super(message);
    }
}
