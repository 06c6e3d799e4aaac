package org.licensedesk.store;

import java.time.Duration;

/**
 * The transactions this process has begun on the store and not yet ended, so that closing the store lets them finish
 * instead of cutting them off: a reviewer who quits (Ctrl+Q) a moment after an action has that action committed, not
 * rolled back when the process ends. Once closing has begun, no new transaction starts; a thread already inside one
 * may still open another (work that nests).
 */
final class OpenTransactions {
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private int open;
    private boolean closing;

    /**
     * Counts a transaction in.
     *
     * @throws StoreException once closing has begun (and this thread is in no transaction)
     */
    void begin() {
        int[] mine = depth.get();
        synchronized (this) {
            if (closing && mine[0] == 0) {
                throw new StoreException("LicenseDesk is closing the database, so nothing was changed. Open "
                        + "LicenseDesk again and make the change there.");
            }
            open++;
        }
        mine[0]++;
    }

    /** Counts a transaction out, whether it committed or not. */
    void end() {
        depth.get()[0]--;
        synchronized (this) {
            open--;
            if (open == 0) {
                notifyAll();
            }
        }
    }

    /**
     * Refuses new transactions, then waits up to {@code patience} for the open ones to end; returns how many are still
     * open (0 when all ended). An interrupt ends the wait early, with the interrupt kept.
     */
    synchronized int closeAfter(Duration patience) {
        closing = true;
        long deadline = System.nanoTime() + patience.toNanos();
        while (open > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return open;
    }
}
