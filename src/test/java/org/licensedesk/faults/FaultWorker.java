package org.licensedesk.faults;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.workflow.ActionOutcome;

/**
 * Performs workflow actions on a store (an H2 file's path or a PostgreSQL URL), from {@code threads} threads, for
 * {@code seconds} (0: until killed), and prints one line per attempt to stdout, flushed before the next attempt begins:
 * <pre>
 * FAULT READY
 * FAULT OK seq reference ACTION actor marker      (committed: its audit entry is seq)
 * FAULT CONFLICT reference ACTION                 (another worker changed the application since it was read)
 * FAULT RULE reference ACTION sentence            (the workflow rules refused it)
 * FAULT ERROR reference ACTION what               (anything else: the fault tests fail on it)
 * FAULT INTERRUPTIONS h d t                      (h transactions tried again after a hand-over before COMMIT;
 *                                                 connection broken during COMMIT: d found committed, t not)
 * FAULT DONE
 * </pre>
 * Crash runs (run id {@code crash...}) also approve; contention runs send back instead, so claims and recommendations
 * go on for the whole run. Run as a separate JVM by the fault tests ({@link FaultProcess}) and in threads by the contention test.
 * Arguments: store, first worker number, threads, seconds, applications, run id.
 */
public final class FaultWorker {
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            false, StandardCharsets.UTF_8);

    private FaultWorker() {
    }

    public static void main(String[] args) throws InterruptedException {
        String store = args[0];
        int firstWorker = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int applications = Integer.parseInt(args[4]);
        String run = args[5];
        try (FaultDesk desk = new FaultDesk(FaultDesk.open(store))) {
            emit("FAULT READY");
            run(desk, firstWorker, threads, seconds, applications, run, FaultWorker::emit);
            emit(interruptionsLine(desk));
            emit("FAULT DONE");
        }
        // As the command line does (Launcher): without it, a process serving an H2 file to another one stays alive
        // until the other's connections close, and the hand-over never meets the other's writes.
        System.exit(0);
    }

    /** How often the store's connection broke under a write: FAULT INTERRUPTIONS handOvers lostDone lostTriedAgain. */
    static String interruptionsLine(FaultDesk desk) {
        org.licensedesk.store.Database.WriteInterruptions seen = desk.database.writeInterruptions();
        return "FAULT INTERRUPTIONS " + seen.handOversBeforeCommit() + " " + seen.lostCommitsDone() + " "
                + seen.lostCommitsTriedAgain();
    }

    private static void emit(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }

    /** Runs the workers in this JVM; each line goes to {@code out} as soon as its attempt has ended. */
    static void run(FaultDesk desk, int firstWorker, int threads, int seconds, int applications, String run,
                    java.util.function.Consumer<String> out) throws InterruptedException {
        long deadline = seconds == 0 ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong attempts = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = firstWorker + t;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    String marker = run + "/" + worker + "/" + attempts.incrementAndGet();
                    out.accept(attempt(desk, worker, applications, marker));
                }
            }, "fault-worker-" + worker);
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
    }

    private static String attempt(FaultDesk desk, int worker, int applications, String marker) {
        String reference = FaultDesk.reference(1 + ThreadLocalRandom.current().nextInt(applications));
        String action = "READ";
        try {
            WorkflowState state = desk.workflow.state(reference);
            FaultDesk.Attempt attempt = FaultDesk.next(state, worker, FaultDesk.NOTE + " [" + marker + "]",
                    !marker.startsWith("crash"));
            action = attempt.command().action().name();
            ActionOutcome outcome = desk.workflow.perform(attempt.actor(), attempt.command());
            return "FAULT OK " + outcome.entry().seq() + " " + reference + " " + action + " "
                    + attempt.actor().username() + " " + marker;
        } catch (WorkflowConflictException conflict) {
            return "FAULT CONFLICT " + reference + " " + action;
        } catch (WorkflowRefusedException refused) {
            return "FAULT RULE " + reference + " " + action + " " + oneLine(refused.getMessage());
        } catch (RuntimeException e) {
            return "FAULT ERROR " + reference + " " + action + " " + e.getClass().getSimpleName() + ": "
                    + oneLine(e.getMessage());
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ');
    }
}
