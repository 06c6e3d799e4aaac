package org.licensedesk.ui;

/** Turns a failure into the sentence a dialog shows: services write their messages for users. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String whatHappened(Throwable failure, Messages messages) {
        String message = failure == null ? null : failure.getMessage();
        return message == null || message.isBlank() ? messages.get("error.unexpected") : message;
    }
}
