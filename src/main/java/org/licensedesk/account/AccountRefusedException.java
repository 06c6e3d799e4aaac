package org.licensedesk.account;

/** An account change that may not be made, with a sentence saying why and what to do instead. */
public final class AccountRefusedException extends RuntimeException {
    public AccountRefusedException(String message) {
        super(message);
    }
}
