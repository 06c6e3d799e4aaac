package org.licensedesk.app;

import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * SLF4J and Logback, started for the window on a thread of their own while JavaFX starts: on the main thread they
 * held back the toolkit's start by ~0.1 s (issue 11, launch to painted queue). Whatever logs first waits for them
 * ({@link #awaitReady}) rather than asking SLF4J while it starts, which would hand it a substitute logger and print
 * SLF4J's replay warning on standard error.
 */
final class LogStart {
    private static volatile CompletableFuture<Void> started = CompletableFuture.completedFuture(null);

    private LogStart() {
    }

    /** Starts the log on a thread of its own; returns at once. */
    static void begin() {
        CompletableFuture<Void> starting = new CompletableFuture<>();
        started = starting;
        Thread thread = new Thread(() -> {
            try {
                LoggerFactory.getILoggerFactory();
                starting.complete(null);
            } catch (RuntimeException | LinkageError e) {
                starting.completeExceptionally(e);
            }
        }, "log-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Returns once the log has started (at once when {@link #begin} was not called). A failure to start is not this
     * caller's: its first logger meets it again, as it would have without the head start.
     */
    static void awaitReady() {
        started.exceptionally(failure -> null).join();
    }
}
