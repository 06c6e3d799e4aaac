package org.licensedesk.letter;

/** A letter that cannot be written from the record; the message says why in one sentence. Nothing was written. */
public final class LetterRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LetterRefusedException(String message) {
        super(message);
    }
}
