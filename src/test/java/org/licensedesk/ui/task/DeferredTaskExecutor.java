package org.licensedesk.ui.task;

import java.util.ArrayList;
import java.util.List;

/** Holds tasks until the test runs them, in any order, to play out slow and overtaken loads. */
public final class DeferredTaskExecutor implements TaskExecutor {
    private final List<BackgroundTask<?>> pending = new ArrayList<>();
    private final CurrentThreadTaskExecutor runner = new CurrentThreadTaskExecutor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        pending.add(task);
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the task submitted n-th (from 0) among those still pending. */
    public void run(int index) {
        runner.execute(pending.remove(index));
    }
}
