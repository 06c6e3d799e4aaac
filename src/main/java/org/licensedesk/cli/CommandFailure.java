package org.licensedesk.cli;

/** A command could not do its work; the message is the one line printed to stderr. */
public class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }
}
