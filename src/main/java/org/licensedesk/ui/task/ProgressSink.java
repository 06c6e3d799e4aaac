package org.licensedesk.ui.task;

/** Where long work reports how far it is; safe to call from the background thread. */
public interface ProgressSink {

    /** A sink that drops the updates, for callers that do not show progress. */
    ProgressSink NONE = (done, total) -> { };

    void update(long done, long total);
}
