package org.licensedesk.store;

/** A storage failure with a message a user can act on; the cause keeps the technical detail. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
