package org.licensedesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A recorded verdict on a screening hit: what, why, by whom and when. */
public record Disposition(ScreeningDisposition verdict, String note, String by, Instant at) {
    public Disposition {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
