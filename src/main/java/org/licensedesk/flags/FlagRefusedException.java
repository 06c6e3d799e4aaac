package org.licensedesk.flags;

/** A flag rule change or a clearing that was refused; the message is one sentence for the official. */
public final class FlagRefusedException extends RuntimeException {
    public FlagRefusedException(String message) {
        super(message);
    }
}
