package org.licensedesk.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.licensedesk.store.DataLocation;

/**
 * A {@link FaultWorker} in its own JVM (a real process on this machine; H2's AUTO_SERVER and the test PostgreSQL
 * server listen on 127.0.0.1 only). It inherits the environment, so it reaches the test server as the test does.
 * Its stdout is read line by line as it comes, so a line is known here once the worker has printed it.
 */
final class FaultProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread reader;
    private int committed;

    FaultProcess(String store, int firstWorker, int threads, int seconds, int applications, String run)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The test's data folder (a workstation keeps files about a server's store there), not the user's.
        String dataFolder = System.getProperty(DataLocation.DATA_FOLDER_PROPERTY,
                System.getProperty("java.io.tmpdir") + "/licensedesk-fault-worker");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dh2.bindAddress=127.0.0.1", "-D" + DataLocation.DATA_FOLDER_PROPERTY + "=" + dataFolder,
                "-cp", System.getProperty("java.class.path"),
                FaultWorker.class.getName(), store, Integer.toString(firstWorker),
                Integer.toString(threads), Integer.toString(seconds), Integer.toString(applications), run);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        process = builder.start();
        reader = new Thread(this::read, "fault-process-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("FAULT ")) {
                    continue;
                }
                synchronized (lines) {
                    lines.add(line);
                    if (line.startsWith("FAULT OK ")) {
                        committed++;
                        lines.notifyAll();
                    }
                }
                if (line.equals("FAULT READY")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process was killed mid-line: what was read so far counts
        }
    }

    /** Waits until the worker has opened the database, at most {@code seconds}; false if it has not. */
    boolean awaitReady(int seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS);
    }

    /**
     * Waits until the worker has reported {@code actions} actions committed, at most {@code seconds}; false if it has
     * not (it may have died). The moment just after a report is when a commit not yet on disk would be lost.
     */
    boolean awaitCommitted(int actions, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            while (committed < actions) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !reader.isAlive()) {
                    return false;
                }
                lines.wait(Math.min(left, 1000));
            }
            return true;
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no H2 close, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The fault worker did not die within 30 s of SIGKILL");
        }
    }

    /** Waits for a worker that ends by itself, at most {@code seconds}; kills it after that and returns false. */
    boolean awaitExit(int seconds) throws InterruptedException {
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            return true;
        }
        // Into the test's output, so that a worker that hung (once in 16 two-process runs, 6 Dec) says where.
        System.out.println(stuckReport());
        kill();
        return false;
    }

    /** A worker that did not end: its last lines and its threads' stacks ({@code jcmd PID Thread.print}). */
    private String stuckReport() throws InterruptedException {
        StringBuilder report = new StringBuilder("Fault worker " + process.pid() + " did not end. Its last lines:\n");
        synchronized (lines) {
            for (String line : lines.subList(Math.max(0, lines.size() - 20), lines.size())) {
                report.append(line).append('\n');
            }
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            byte[] out = dump.getInputStream().readAllBytes();
            dump.waitFor(30, TimeUnit.SECONDS);
            report.append(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            report.append("(no thread dump: ").append(jcmd).append(": ").append(e.getMessage()).append(')');
        }
        return report.toString();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Every line read, once the process has ended and its output is read to the end. */
    List<String> lines() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
