package org.licensedesk.store;

/** Another user changed the row between our read and our write (optimistic locking). */
public class ConcurrentChangeException extends StoreException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
