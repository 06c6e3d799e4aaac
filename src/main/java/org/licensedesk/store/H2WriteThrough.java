package org.licensedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Makes a commit on an H2 file durable against a SIGKILL before the action is reported done: when
 * {@link #afterCommit} returns, the committed transaction has been written to the file (the operating system's
 * cache; no fsync, which only a power cut would need).
 *
 * <p>Why not a CHECKPOINT, or WRITE_DELAY=0 (README, "Faults we test"): with H2 2.5's default write delay a
 * background thread stores the latest commits and hands the writing of the chunk to two single-threaded executors
 * ("H2-serialization", "H2-save") without waiting for them. A CHECKPOINT (MVStore.commit) stores only what nobody has
 * stored yet: when the background thread had already picked the commit up, it returned at once while the executors
 * were still writing it, and a process killed then lost an action it had reported done. WRITE_DELAY=0 has no
 * executors, but H2 then stores a commit with {@code tryCommit}, which skips when another thread holds the store.
 *
 * <p>What this does, through H2's public methods: {@link MVStore#commit()} stores what is not stored yet and waits for
 * that write; then {@link MVStore#executeFilestoreOperation} (under the store's lock) waits until both executors have
 * run everything submitted before it, so a chunk the background thread handed over is written too. The default write
 * delay, its background thread and its housekeeping stay as H2 runs them.
 *
 * <p>A process that reaches the file through another process's AUTO_SERVER holds a remote session: the store lives
 * in the serving process, so the wait runs there, as the Java function {@value #FUNCTION} (created on first use;
 * every LicenseDesk process has this class).
 */
public final class H2WriteThrough {

    /** The Java function a remote session calls: it runs {@link #waitForFile(Connection)} in the serving process. */
    static final String FUNCTION = "LICENSEDESK_WRITE_THROUGH";

    /** How long {@link #beforeClose} may move chunks to give space back: 1 s. */
    private static final long COMPACTION_AT_CLOSE_NANOS = 1_000_000_000L;
    /** Moves stop when this share of the file (%) is in use: H2's own auto-compact fill rate. */
    private static final int FILL_RATE_TO_REACH = 90;
    /** A target fill rate above 100: move whatever the fill rate, as H2's housekeeping asks. */
    private static final int FILL_RATE_ANY = 101;
    /** Bytes of chunks moved per step: 16 MB, as H2's compaction at close. */
    private static final long MOVE_PER_STEP_BYTES = 16L * 1024 * 1024;

    private H2WriteThrough() {
    }

    /**
     * Called on the committing connection right after its commit: returns once the commit is in the file. A failure
     * (a connection lost in a hand-over) is thrown: the commit has happened, the caller decides what that means.
     */
    static void afterCommit(Connection connection) throws SQLException {
        MVStore store = localStore(connection);
        if (store != null) {
            drain(store);
            return;
        }
        try (Statement call = connection.createStatement()) {
            try {
                call.execute("CALL " + FUNCTION + "()");
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.FUNCTION_NOT_FOUND_1) {
                    throw e;
                }
                // First use on this file: the function is made once (another process may be making it too).
                call.execute("CREATE ALIAS IF NOT EXISTS " + FUNCTION + " FOR '" + H2WriteThrough.class.getName()
                        + ".waitForFile'");
                call.execute("CALL " + FUNCTION + "()");
            }
        }
    }

    /**
     * The body of the Java function {@value #FUNCTION}: H2 calls it in the process that holds the file, with that
     * process's own connection. Public for H2 only.
     */
    public static void waitForFile(Connection connection) throws SQLException {
        MVStore store = localStore(connection);
        if (store == null) {
            throw new SQLException("The H2 store is not in this process; cannot wait for its writes.");
        }
        drain(store);
    }

    /**
     * Called on one of this process's connections just before it lets the database go: when this process holds the
     * file and no other process is connected through its AUTO_SERVER, H2 may reuse free space again and chunks are
     * moved into it, so the file closes without the space that writing only at the end took
     * ({@link H2Settings#CHUNKS_AT_THE_END}). While another process is connected nothing changes: its commits still
     * go to the file's end, and the file is compacted by a later close.
     *
     * @return whether reuse was turned on
     */
    static boolean beforeClose(Connection connection) throws SQLException {
        MVStore store = localStore(connection);
        if (store == null || store.isClosed() || store.isReadOnly() || store.isSpaceReused()) {
            return false;
        }
        try (Statement query = connection.createStatement();
             ResultSet others = query.executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            others.next();
            if (others.getLong(1) > 0) {
                return false;
            }
        }
        store.setReuseSpace(true);
        if (store.getFileStore() instanceof RandomAccessStore file) {
            moveChunksIntoFreeSpace(store, file);
        }
        return true;
    }

    /**
     * What H2's housekeeping does while it may reuse space (RandomAccessStore.doHousekeeping): moves chunks from the
     * end into free space nearer the start, and the file is cut after the last chunk. H2's compaction at close alone
     * did not do it after a long session (it moves chunks only once it has rewritten sparse ones, and the housekeeping
     * had already rewritten them). Bounded in time; what is left is done at a later close.
     */
    private static void moveChunksIntoFreeSpace(MVStore store, RandomAccessStore file) {
        long until = System.nanoTime() + COMPACTION_AT_CLOSE_NANOS;
        while (System.nanoTime() < until && file.getFillRate() < FILL_RATE_TO_REACH) {
            long size = file.size();
            int fillRate = file.getFillRate();
            file.compactMoveChunks(FILL_RATE_ANY, MOVE_PER_STEP_BYTES, store);
            if (file.size() >= size && file.getFillRate() <= fillRate) {
                return;
            }
        }
    }

    private static void drain(MVStore store) {
        if (store.isClosed() || store.isReadOnly()) {
            return;
        }
        store.commit(); // stores what is not stored yet and waits for that chunk to be written
        store.executeFilestoreOperation(() -> { }); // waits for the chunks the background thread handed over
    }

    /** The MVStore of an embedded session on a file, or null for a remote session (AUTO_SERVER's other processes). */
    static MVStore localStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)) {
            return null;
        }
        org.h2.mvstore.db.Store store = local.getDatabase().getStore();
        MVStore mvStore = store == null ? null : store.getMvStore();
        return mvStore != null && mvStore.getFileStore() != null ? mvStore : null;
    }
}
