package org.licensedesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestStores;

/**
 * 8 workers on the same 50 applications (claims, notes, assessments, recommendations, send-backs and approvals) for
 * {@code faults.seconds} (5 in the suite, 30 with {@code mvn -Pfaults test}): each success has exactly one entry, each
 * refusal is a conflict or a rule refusal, the chain has no gap. On each store ({@link StoreTest}) with 8 threads in one
 * JVM, and with 2 processes of 4 threads: on H2 on one file (the second reaches it through the first's AUTO_SERVER), on
 * PostgreSQL two workstations with 4 connections each.
 */
@StoreTest
class ContentionFaultTest {
    static final int SECONDS = Integer.getInteger("licensedesk.faults.seconds", 5);
    static final int APPLICATIONS = 50;

    @TempDir
    Path folder;

    @Test
    void eightThreadsOnOneDatabase() throws Exception {
        String store = FaultDesk.prepare(folder, APPLICATIONS);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        FaultChecks checks = new FaultChecks();
        try (FaultDesk desk = new FaultDesk(FaultDesk.open(store))) {
            long before = desk.auditEntries.head().seq();
            FaultWorker.run(desk, 1, FaultDesk.WORKERS, SECONDS, APPLICATIONS, "threads", lines::add);
            lines.add(FaultWorker.interruptionsLine(desk));
            checks.add(List.copyOf(lines));
            long head = checks.assertStoreHoldsEverySuccess(desk);
            assertThat(head - before).as("nothing but the successes was appended")
                    .isEqualTo(checks.successes.size());
            report("8 threads, one JVM", checks, head);
        }
    }

    @Test
    void twoProcessesOfFourWorkersOnOneStore() throws Exception {
        String store = FaultDesk.prepare(folder, APPLICATIONS);
        long before;
        try (FaultDesk desk = new FaultDesk(FaultDesk.open(store))) {
            before = desk.auditEntries.head().seq();
        }
        FaultChecks checks = new FaultChecks();
        try (FaultProcess first = new FaultProcess(store, 1, 4, SECONDS, APPLICATIONS, "p1");
             FaultProcess second = new FaultProcess(store, 5, 4, SECONDS, APPLICATIONS, "p2")) {
            for (FaultProcess process : List.of(first, second)) {
                assertThat(process.awaitExit(SECONDS + 240)).as("the worker process ended by itself").isTrue();
                List<String> lines = process.lines();
                assertThat(lines).as("the worker ran to its end").contains("FAULT DONE");
                assertThat(process.exitValue()).isZero();
                checks.add(lines);
            }
        }
        try (FaultDesk desk = new FaultDesk(FaultDesk.open(store))) {
            long head = checks.assertStoreHoldsEverySuccess(desk);
            assertThat(head - before).as("nothing but the successes was appended")
                    .isEqualTo(checks.successes.size());
            report(TestStores.onServer() ? "2 processes x 4 threads, 4 connections each" : "2 processes x 4 threads, one file",
                    checks, head);
        }
    }

    /**
     * The process that serves an H2 file exits while the other one's four workers are in the middle of their
     * transactions, now and then in COMMIT: each of those is found committed (done) or not (tried again), never an
     * error. On PostgreSQL the first workstation simply stops first.
     */
    @Test
    void theServingProcessExitsWhileTheOtherWrites() throws Exception {
        String store = FaultDesk.prepare(folder, APPLICATIONS);
        long before;
        try (FaultDesk desk = new FaultDesk(FaultDesk.open(store))) {
            before = desk.auditEntries.head().seq();
        }
        FaultChecks checks = new FaultChecks();
        // The second starts once the first serves the file and runs twice as long: the first exits in its middle.
        try (FaultProcess first = new FaultProcess(store, 1, 4, SECONDS, APPLICATIONS, "p1")) {
            assertThat(first.awaitReady(120)).as("the first process opened (and serves) the store").isTrue();
            try (FaultProcess second = new FaultProcess(store, 5, 4, 2 * SECONDS, APPLICATIONS, "p2")) {
                for (FaultProcess process : List.of(first, second)) {
                    assertThat(process.awaitExit(2 * SECONDS + 240)).as("the worker process ended by itself").isTrue();
                    List<String> lines = process.lines();
                    assertThat(lines).as("the worker ran to its end").contains("FAULT DONE");
                    assertThat(process.exitValue()).isZero();
                    checks.add(lines);
                }
            }
        }
        try (FaultDesk desk = new FaultDesk(FaultDesk.open(store))) {
            long head = checks.assertStoreHoldsEverySuccess(desk);
            assertThat(head - before).as("nothing but the successes was appended")
                    .isEqualTo(checks.successes.size());
            report("2 processes x 4 threads, the second started once the first served and running twice as long",
                    checks, head);
        }
    }

    private static void report(String how, FaultChecks checks, long head) {
        System.out.printf("Contention on %s (%s, %d s, %d applications): %d successes %s, each exactly one entry; "
                        + "%d refusals: %d conflicts, %d rule refusals %s; %d transactions tried again after a hand-over before "
                        + "COMMIT; connection broken during COMMIT %d times (%d had committed: done; %d had not: tried "
                        + "again); chain 1..%d verified, no gap%n",
                TestStores.current().label(), how, SECONDS, APPLICATIONS, checks.successes.size(),
                checks.successesByAction, checks.refusals(), checks.conflicts.size(), checks.ruleRefusals.size(),
                checks.ruleRefusalsBySentence, checks.handOversBeforeCommit,
                checks.lostCommitsDone + checks.lostCommitsTriedAgain,
                checks.lostCommitsDone, checks.lostCommitsTriedAgain, head);
    }
}
