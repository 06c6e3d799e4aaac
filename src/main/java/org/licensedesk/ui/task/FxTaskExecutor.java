package org.licensedesk.ui.task;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production executor: work runs on a small pool of daemon threads, callbacks on the FX thread
 * (through {@link Task}), and {@link #activity()} tells the status bar what is running. The only place
 * that makes threads, so a closing window never waits for a stray one.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final int THREADS = 2;

    private final ThreadPoolExecutor pool;
    private final TaskActivity activity = new TaskActivity();

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "licensedesk-background-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** After {@link #close()} tasks are dropped: the window is going, nothing would show their results. */
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (pool.isShutdown()) {
            return;
        }
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call(this::updateProgress);
            }
        };
        // Task coalesces its updates onto the FX thread; listeners there hear them in order.
        fxTask.progressProperty().addListener((observable, before, after) -> task.progressed(after.doubleValue()));
        fxTask.setOnRunning(event -> {
            activity.started(fxTask, task.title(), fxTask.progressProperty());
            task.running();
        });
        // After close() the window is going: a result is not shown, and a failure (often the store closing under a
        // read that was still running) is logged rather than put in a dialog while the application quits.
        fxTask.setOnSucceeded(event -> {
            activity.finished(fxTask);
            if (!pool.isShutdown()) {
                task.succeeded(fxTask.getValue());
            }
        });
        fxTask.setOnFailed(event -> {
            activity.finished(fxTask);
            if (pool.isShutdown()) {
                LOG.info("'{}' ended after LicenseDesk began to quit: {}", task.title(),
                        String.valueOf(fxTask.getException()));
            } else {
                task.failed(fxTask.getException());
            }
        });
        fxTask.setOnCancelled(event -> activity.finished(fxTask));
        try {
            pool.execute(fxTask);
        } catch (RejectedExecutionException closedMeanwhile) {
            // close() won the race with this call; dropped as above.
        }
    }

    @Override
    public TaskActivity activity() {
        return activity;
    }

    /**
     * Stops taking work and drops what is queued; what runs finishes, since the threads are daemons nothing blocks
     * the exit. Never interrupts: a thread interrupted while H2 reads or writes its file closes the file's channel
     * for the whole process (Java's interruptible channels), and every later query fails "Reading from file ...
     * failed" until the database is opened again (MainWindowTest in the CI of fb8b59f, after a test's executor was
     * closed during a details load).
     */
    @Override
    public void close() {
        pool.shutdown();
        pool.getQueue().clear();
    }
}
