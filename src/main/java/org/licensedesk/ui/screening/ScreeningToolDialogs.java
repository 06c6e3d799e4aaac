package org.licensedesk.ui.screening;

import java.util.Optional;
import org.licensedesk.screening.ListFormat;

/** The questions of the supervisors' screening commands; tests answer for the user. */
public interface ScreeningToolDialogs {
    /** @return the new threshold, or empty when cancelled */
    Optional<Integer> askThreshold(int current, int min, int max);

    /** @return which list the files are, or empty when cancelled */
    Optional<ListFormat> askListFormat();
}
