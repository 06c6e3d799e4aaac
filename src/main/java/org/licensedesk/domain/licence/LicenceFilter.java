package org.licensedesk.domain.licence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the Licences view lists: null parts match everything. {@code expiringWithinDays} keeps ACTIVE and SUSPENDED
 * licences whose last valid day is from {@code today} to {@code today + days}.
 */
public record LicenceFilter(LicenceStatus status, String holder, String elementSymbol, Integer expiringWithinDays,
                            LocalDate today) {

    public LicenceFilter {
        Objects.requireNonNull(today, "today");
    }
}
