package org.licensedesk.history;

/** The decision history was asked for by someone who may not read it; the message says who may. */
public final class HistoryRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HistoryRefusedException(String message) {
        super(message);
    }
}
