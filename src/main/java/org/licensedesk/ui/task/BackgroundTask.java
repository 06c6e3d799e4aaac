package org.licensedesk.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * A piece of work for a {@link TaskExecutor} with its callbacks. The work runs in the background; the
 * callbacks run on the FX thread in production (on the calling thread in tests), so they may touch the UI
 * state. Build one with {@code wrap(...).withTitle(...).onSuccess(...).onFailure(...).executeWith(executor)}.
 */
public final class BackgroundTask<T> {
    private final ProgressAwareCallable<T> work;
    private String title = "";
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private DoubleConsumer onProgress = fraction -> { };

    private BackgroundTask(ProgressAwareCallable<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(progress -> work.call());
    }

    public static <T> BackgroundTask<T> wrapWithProgress(ProgressAwareCallable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** What the status bar says while the task runs. */
    public BackgroundTask<T> withTitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    public BackgroundTask<T> onRunning(Runnable onRunning) {
        this.onRunning = Objects.requireNonNull(onRunning, "onRunning");
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> onSuccess) {
        this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> onFailure) {
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        return this;
    }

    /**
     * Told how far the work is, as a fraction from 0 to 1 (-1 while the amount is unknown), on the same thread
     * as the other callbacks; for a progress bar of its own, such as in a dialog with a Cancel button.
     */
    public BackgroundTask<T> onProgress(DoubleConsumer onProgress) {
        this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    public String title() {
        return title;
    }

    /** Runs the work itself; executors call this on their background thread. */
    public T call(ProgressSink progress) throws Exception {
        return work.call(progress);
    }

    public void running() {
        onRunning.run();
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Throwable failure) {
        onFailure.accept(failure);
    }

    public void progressed(double fraction) {
        onProgress.accept(fraction);
    }
}
