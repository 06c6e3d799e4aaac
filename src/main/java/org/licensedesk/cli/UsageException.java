package org.licensedesk.cli;

/** The command line was not understood; the message says how to call it right. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
