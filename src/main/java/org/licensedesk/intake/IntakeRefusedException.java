package org.licensedesk.intake;

/** An import that may not start (an inactive user, a file that cannot be opened); the message says why. */
public class IntakeRefusedException extends RuntimeException {
    public IntakeRefusedException(String message) {
        super(message);
    }

    public IntakeRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
