package org.licensedesk.intake;

import java.util.List;
import org.licensedesk.store.Transaction;

/**
 * Screens freshly imported applications on the import's transaction, batch by batch as they are written, so
 * that an import holds the hits of one batch at a time and still commits its applications and their hits
 * together. The app passes the screening service.
 */
@FunctionalInterface
public interface ImportScreening {
    /** Screens nothing: for tests and tools that screen separately. */
    ImportScreening NONE = transaction -> references -> List.of();

    /** Starts screening one import; the matcher, threshold and time are fixed for the whole import. */
    Batches start(Transaction transaction);

    /** The screening of one import. */
    @FunctionalInterface
    interface Batches {
        /** @return the references, of those just written, that have screening hits */
        List<String> screen(List<String> references);
    }
}
