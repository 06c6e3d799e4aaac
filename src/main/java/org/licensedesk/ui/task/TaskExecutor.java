package org.licensedesk.ui.task;

/**
 * Runs background work for the window. Production runs it off the FX thread and calls back on it;
 * tests run it on the calling thread, so view models can be tested without a toolkit.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** What is running now, for the status bar; an executor that runs nothing in the background reports idle. */
    default TaskActivity activity() {
        return TaskActivity.idle();
    }
}
