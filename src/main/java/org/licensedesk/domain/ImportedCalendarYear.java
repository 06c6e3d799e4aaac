package org.licensedesk.domain;

import java.time.Instant;

/** A year of the working-day calendar imported into the database: the file it came from and who imported it. */
public record ImportedCalendarYear(int year, String fileSha256, String importedBy, Instant importedAt) {
}
