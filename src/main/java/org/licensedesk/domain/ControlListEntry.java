package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sub-item of the control list as published, with the dates it applies. The list is versioned
 * data (announcements add and suspend codes), so it is loaded from a file, never hard-coded.
 *
 * @param suspendedFrom  first day of a suspension, or null
 * @param suspendedUntil first day the code applies again after a suspension, or null if open-ended
 */
public record ControlListEntry(
        ControlCode code,
        String elementSymbol,
        String elementName,
        String description,
        String announcement,
        LocalDate inForceFrom,
        LocalDate suspendedFrom,
        LocalDate suspendedUntil) {

    public ControlListEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(elementSymbol, "elementSymbol");
        Objects.requireNonNull(elementName, "elementName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(announcement, "announcement");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
    }

    public boolean isSuspendedOn(LocalDate day) {
        return suspendedFrom != null
                && !day.isBefore(suspendedFrom)
                && (suspendedUntil == null || day.isBefore(suspendedUntil));
    }

    /** Whether exports of this item needed a licence on that day. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && !isSuspendedOn(day);
    }
}
