package org.licensedesk.store;

/** Work a service does on one {@link Transaction}. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction transaction);
}
