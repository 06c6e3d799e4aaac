package org.licensedesk.ui.screening;

import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;

/** Asks the assignee for the note of a disposition; tests answer for the user. */
@FunctionalInterface
public interface DispositionDialogs {
    /**
     * @param othersOnEntry the other parties' hits on the same listed entry: the verdict is not theirs, each needs its
     *                      own (issue 13)
     * @return the note, or empty when the user cancelled
     */
    Optional<String> askNote(ScreeningHit hit, List<ScreeningHit> othersOnEntry, ScreeningDisposition verdict);
}
