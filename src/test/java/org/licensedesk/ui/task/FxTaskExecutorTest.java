package org.licensedesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window's executor must not interrupt work that runs: an interrupt during H2's file I/O closes the
 * file's channel for the whole process (the CI of fb8b59f: every later query of MainWindowTest failed "Reading from
 * file ... failed").
 */
class FxTaskExecutorTest {

    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage(); // the FX thread the callbacks go to, headless by Monocle as in every UI test
    }

    @Test
    void closingLetsARunningTaskFinishWithoutAnInterruptAndDropsQueuedOnes() throws InterruptedException {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(2);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger queuedRan = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            executor.execute(BackgroundTask.wrap(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
                finished.countDown();
                return null;
            }));
        }
        executor.execute(BackgroundTask.wrap(() -> queuedRan.incrementAndGet()));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        executor.close();
        release.countDown();

        assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).as("a running task was interrupted by close()").isFalse();
        Thread.sleep(200);
        assertThat(queuedRan).as("a task still queued at close() ran").hasValue(0);
    }

    /**
     * A read still running when the window quits meets the closed store: its failure must not open an error dialog
     * while the application goes (seen in a benchmark launch's log: "Connection pool has been disposed" shown to the
     * user at quit), and a late result is not shown either.
     */
    @Test
    void afterCloseARunningTasksResultOrFailureIsNotHandedToTheWindow() throws InterruptedException {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger shown = new AtomicInteger();
        executor.execute(BackgroundTask.wrap(() -> {
            running.countDown();
            release.await();
            throw new IllegalStateException("Connection pool has been disposed.");
        }).onFailure(failure -> shown.incrementAndGet()));
        executor.execute(BackgroundTask.wrap(() -> {
            running.countDown();
            release.await();
            return "late";
        }).onSuccess(result -> shown.incrementAndGet()));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        executor.close();
        release.countDown();

        assertThat(waitUntilIdle(executor)).as("both tasks ended").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).as("callbacks run after close()").hasValue(0);
    }

    @Test
    void beforeCloseAFailureReachesItsHandler() throws InterruptedException {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch handled = new CountDownLatch(1);
        executor.execute(BackgroundTask.wrap(() -> {
            throw new IllegalStateException("refused");
        }).onFailure(failure -> handled.countDown()));
        assertThat(handled.await(30, TimeUnit.SECONDS)).isTrue();
        executor.close();
    }

    private static boolean waitUntilIdle(FxTaskExecutor executor) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (!executor.activity().isBusy()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
