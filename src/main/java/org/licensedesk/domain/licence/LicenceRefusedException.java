package org.licensedesk.domain.licence;

/** A licence action the rules refuse; the message is one sentence saying why and what to do. Nothing was written. */
public final class LicenceRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LicenceRefusedException(String message) {
        super(message);
    }
}
