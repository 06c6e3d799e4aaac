package org.licensedesk.ui.flags;

import java.util.Optional;
import org.licensedesk.domain.flags.Flag;

/** Asks for the note that clears a flag; tests answer for the user. */
@FunctionalInterface
public interface FlagClearDialogs {
    /** @return the note, or empty when the user cancelled */
    Optional<String> askNote(Flag flag);
}
