package org.licensedesk.domain.licence;

import java.time.LocalDate;
import org.licensedesk.domain.LicenceType;

/** One row of the Licences view. */
public record LicenceSummary(String number, String applicationRef, LicenceType type, String holderName,
                             String elements, LocalDate validFrom, LocalDate validUntil, LicenceStatus storedStatus) {
}
