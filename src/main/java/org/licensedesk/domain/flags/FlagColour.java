package org.licensedesk.domain.flags;

/** How loud a flag is in the queue and the details: red for stop-and-look, amber for take-care, blue for notice. */
public enum FlagColour {
    RED,
    AMBER,
    BLUE
}
