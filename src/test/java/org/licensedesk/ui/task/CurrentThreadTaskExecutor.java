package org.licensedesk.ui.task;

/** Runs tasks at once on the calling thread, so view models can be tested without the FX toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.running();
        T result;
        try {
            result = task.call((done, total) -> task.progressed(total <= 0 ? -1 : (double) done / total));
        } catch (Exception failure) {
            task.failed(failure);
            return;
        }
        task.succeeded(result);
    }
}
