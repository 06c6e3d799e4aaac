package org.licensedesk.domain.history;

/**
 * A history search its viewer may call off (Cancel in the Decision history window): whoever runs the search says
 * how to stop it ({@link #onCancel}), the viewer calls {@link #cancel()} from any thread.
 */
public final class SearchCancel {
    private static final Runnable NOTHING = () -> { };

    private Runnable stop = NOTHING;
    private boolean cancelled;

    /** Marks the search cancelled and stops what runs for it now. */
    public synchronized void cancel() {
        cancelled = true;
        stop.run();
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** How to stop the work that runs now (run at once when already cancelled); {@link #done()} when it ends. */
    public synchronized void onCancel(Runnable howToStop) {
        stop = howToStop;
        if (cancelled) {
            howToStop.run();
        }
    }

    /** The work registered with {@link #onCancel} has ended: nothing to stop any more. */
    public synchronized void done() {
        stop = NOTHING;
    }
}
