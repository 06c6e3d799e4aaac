package org.licensedesk.audit;

/** Where long audit work (export, verification) reports how far it is; called on the working thread. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that drops the updates, for callers that do not show progress. */
    ProgressListener NONE = (done, total) -> { };

    void update(long done, long total);
}
