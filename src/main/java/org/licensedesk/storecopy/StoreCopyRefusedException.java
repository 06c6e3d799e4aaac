package org.licensedesk.storecopy;

/** A copy of a store that was refused or undone; the message says why and what to do, and nothing was written. */
public final class StoreCopyRefusedException extends RuntimeException {
    public StoreCopyRefusedException(String message) {
        super(message);
    }
}
