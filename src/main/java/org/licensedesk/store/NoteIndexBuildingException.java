package org.licensedesk.store;

/** A note filter asked for while older entries still wait for their note words: it would miss them. */
public final class NoteIndexBuildingException extends StoreException {
    public NoteIndexBuildingException(long pending) {
        super("The note filter is not ready: the note words of " + pending + " older audit entries are still being "
                + "indexed. Try again in a few minutes (the window indexes them in the background; history commands "
                + "index them first), or filter without note text meanwhile.");
    }
}
