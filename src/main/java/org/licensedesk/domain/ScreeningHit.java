package org.licensedesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A party of an application whose name scored at or above the threshold against a listed name or alias.
 *
 * @param entryId      the listed entry's id, or null once its list was reloaded without it
 * @param entryKey     the listed entry's stable key ({@link ScreeningEntry#key()}), which survives list reloads
 * @param matchedAlias the alias that scored best, or null when the listed name itself did
 * @param score        0 to 100
 * @param disposition  the assignee's verdict on this party against this entry, or null while there is none
 */
public record ScreeningHit(
        String applicationRef,
        ScreenedParty party,
        String partyName,
        Long entryId,
        String entryKey,
        String source,
        String listedName,
        String matchedAlias,
        String listName,
        String programs,
        int score,
        Instant screenedAt,
        Disposition disposition) {

    public ScreeningHit {
        Objects.requireNonNull(applicationRef, "applicationRef");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listedName, "listedName");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(screenedAt, "screenedAt");
    }

    public boolean isDisposed() {
        return disposition != null;
    }

    public boolean isTrueMatch() {
        return disposition != null && disposition.verdict() == ScreeningDisposition.TRUE_MATCH;
    }
}
