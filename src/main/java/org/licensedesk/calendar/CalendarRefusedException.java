package org.licensedesk.calendar;

/** A calendar import the service refused, with a sentence that says why and what to do; nothing was written. */
public class CalendarRefusedException extends RuntimeException {
    public CalendarRefusedException(String message) {
        super(message);
    }

    public CalendarRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
