package org.licensedesk.screening;

/** A list file that cannot be read as its format; the message names the file and line. Nothing is replaced. */
public final class ScreeningListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScreeningListException(String message) {
        super(message);
    }

    public ScreeningListException(String message, Throwable cause) {
        super(message, cause);
    }
}
