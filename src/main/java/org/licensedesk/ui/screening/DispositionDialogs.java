package org.licensedesk.ui.screening;

import java.util.Optional;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;

/** Asks the assignee for the note of a disposition; tests answer for the user. */
@FunctionalInterface
public interface DispositionDialogs {
    /** @return the note, or empty when the user cancelled */
    Optional<String> askNote(ScreeningHit hit, ScreeningDisposition verdict);
}
