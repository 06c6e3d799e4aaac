package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The sales contract behind an application. */
public record Contract(String number, LocalDate date) {
    public Contract {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
    }
}
