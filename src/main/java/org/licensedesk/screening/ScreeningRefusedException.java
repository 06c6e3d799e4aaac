package org.licensedesk.screening;

/** A screening change the user may not make, with a sentence saying why. */
public class ScreeningRefusedException extends RuntimeException {
    public ScreeningRefusedException(String message) {
        super(message);
    }
}
