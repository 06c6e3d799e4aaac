package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/**
 * A write whose connection breaks during COMMIT (an H2 file's serving process exits, a server's connection is lost):
 * the store finds out on a fresh connection whether it committed, and reports it done (it did) or tries the whole
 * transaction again (it did not); only when that cannot be found out is the error reported. The break is simulated by
 * a DataSource put in front of the pool whose next commit fails as the driver reports a lost connection.
 */
@StoreTest
class CommitOutcomeTest {
    @TempDir
    Path folder;

    private Database database;
    private FaultyCommits faults;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        faults = new FaultyCommits(database.onServer());
        database.interpose(faults::over);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aCommitThatHappenedBeforeTheConnectionBrokeIsReportedDoneAndNotDoneTwice() {
        faults.next = Fault.LOST_AFTER_COMMIT;

        assertThat(addUser("wang.fang")).isEqualTo("saved wang.fang");

        assertThat(runs).as("the work ran once: it had committed").hasValue(1);
        assertThat(users("wang.fang")).isEqualTo(1);
        assertThat(faults.broken).as("the fault happened").hasValue(1);
        assertThat(database.writeInterruptions()).isEqualTo(new Database.WriteInterruptions(0, 1, 0));
    }

    @Test
    void aCommitThatDidNotHappenIsTriedAgainAndDoneOnce() {
        faults.next = Fault.LOST_BEFORE_COMMIT;

        assertThat(addUser("wang.fang")).isEqualTo("saved wang.fang");

        assertThat(runs).as("the work ran again: the first attempt wrote nothing").hasValue(2);
        assertThat(users("wang.fang")).isEqualTo(1);
        assertThat(faults.broken).hasValue(1);
        assertThat(database.writeInterruptions()).isEqualTo(new Database.WriteInterruptions(0, 0, 1));
    }

    /** A server that has not yet seen the lost connection still holds the transaction: the check waits for its end. */
    @Test
    void aTransactionStillOpenWhenTheCheckRunsIsWaitedForAndItsCommitFound() throws Exception {
        faults.next = Fault.LOST_WHILE_OPEN;
        CompletableFuture<Void> ended = faults.whenCheckWaits(Connection::commit);

        assertThat(addUser("wang.fang")).isEqualTo("saved wang.fang");

        ended.get(60, TimeUnit.SECONDS);
        assertThat(runs).as("committed while the check waited: not done again").hasValue(1);
        assertThat(users("wang.fang")).isEqualTo(1);
    }

    @Test
    void aTransactionStillOpenWhenTheCheckRunsIsWaitedForAndItsRollbackFound() throws Exception {
        faults.next = Fault.LOST_WHILE_OPEN;
        CompletableFuture<Void> ended = faults.whenCheckWaits(Connection::rollback);

        assertThat(addUser("wang.fang")).isEqualTo("saved wang.fang");

        ended.get(60, TimeUnit.SECONDS);
        assertThat(runs).as("rolled back while the check waited: tried again").hasValue(2);
        assertThat(users("wang.fang")).isEqualTo(1);
    }

    @Test
    void whenTheOutcomeCannotBeFoundOutTheErrorSaysSoAndNothingIsTriedAgain() {
        faults.next = Fault.LOST_AFTER_COMMIT;
        faults.refuseConnectionsAfterTheFault = true;

        assertThatThrownBy(() -> addUser("wang.fang")).isInstanceOf(StoreException.class)
                .hasMessageContaining("was lost while the change was being saved, and whether it was saved could "
                        + "not be found out")
                .hasMessageContaining("it may have been saved");

        faults.refuseConnectionsAfterTheFault = false;
        assertThat(runs).hasValue(1);
        assertThat(users("wang.fang")).as("it had in fact committed").isEqualTo(1);
    }

    @Test
    void aCommitRefusedForTheDataIsReportedNotTriedAgain() {
        faults.next = Fault.REFUSED_AT_COMMIT;

        assertThatThrownBy(() -> addUser("wang.fang")).isInstanceOf(StoreException.class);

        assertThat(runs).hasValue(1);
        assertThat(users("wang.fang")).isZero();
    }

    @Test
    void writesWithoutFaultsLeaveTheirAttemptIdsAndAreDoneOnce() {
        int before = attempts();
        addUser("wang.fang");
        addUser("li.na");

        assertThat(runs).hasValue(2);
        assertThat(attempts() - before).isEqualTo(2);
    }

    private String addUser(String username) {
        return database.inTransaction(connection -> {
            runs.incrementAndGet();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_user (username, display_name, role) VALUES (?, ?, 'REVIEWER')")) {
                insert.setString(1, username);
                insert.setString(2, username);
                insert.executeUpdate();
            }
            return "saved " + username;
        });
    }

    private int users(String username) {
        return count("SELECT COUNT(*) FROM app_user WHERE username = '" + username + "'");
    }

    private int attempts() {
        return count("SELECT COUNT(*) FROM write_attempt");
    }

    private int count(String query) {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    enum Fault {
        NONE,
        /** The store committed; the answer was lost. */
        LOST_AFTER_COMMIT,
        /** The connection broke before the store committed: it rolled the transaction back. */
        LOST_BEFORE_COMMIT,
        /** The connection broke; the store still holds the transaction open (not yet aware). */
        LOST_WHILE_OPEN,
        /** The store refused the commit for the data (a deferred rule): the outcome is known, not committed. */
        REFUSED_AT_COMMIT
    }

    /** A DataSource in front of the pool whose connections fail their next commit as {@link #next} says. */
    static final class FaultyCommits {
        private final boolean onServer;
        volatile Fault next = Fault.NONE;
        volatile boolean refuseConnectionsAfterTheFault;
        final AtomicInteger broken = new AtomicInteger();
        /** The real connection of a {@link Fault#LOST_WHILE_OPEN} transaction, still open on the store. */
        private final AtomicReference<Connection> held = new AtomicReference<>();
        private DataSource pool;

        FaultyCommits(boolean onServer) {
            this.onServer = onServer;
        }

        DataSource over(DataSource pool) {
            this.pool = pool;
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            if (refuseConnectionsAfterTheFault && broken.get() > 0) {
                                throw lost();
                            }
                            return connection(pool.getConnection());
                        }
                        return invoke(pool, method, args);
                    });
        }

        private Connection connection(Connection real) {
            boolean[] gone = {false};
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (gone[0]) {
                            if (name.equals("close")) {
                                return null;
                            }
                            throw lost();
                        }
                        if (name.equals("commit")) {
                            Fault fault = next;
                            next = Fault.NONE;
                            switch (fault) {
                                case LOST_AFTER_COMMIT -> {
                                    real.commit();
                                    broken.incrementAndGet();
                                    throw lost();
                                }
                                case LOST_BEFORE_COMMIT -> {
                                    real.rollback();
                                    broken.incrementAndGet();
                                    throw lost();
                                }
                                case LOST_WHILE_OPEN -> {
                                    held.set(real); // the test ends it; this side sees a dead connection
                                    gone[0] = true;
                                    broken.incrementAndGet();
                                    throw lost();
                                }
                                case REFUSED_AT_COMMIT -> {
                                    real.rollback();
                                    throw new SQLException("Referential integrity constraint violation", "23506",
                                            ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1);
                                }
                                default -> {
                                }
                            }
                        }
                        return invoke(real, method, args);
                    });
        }

        /**
         * Once the store shows a session waiting for a lock (the outcome check's insert of the held transaction's
         * attempt id), ends the held transaction with {@code end} on its real connection and closes it.
         */
        CompletableFuture<Void> whenCheckWaits(SqlEnd end) {
            return CompletableFuture.runAsync(() -> {
                try {
                    while (held.get() == null || !someoneWaits()) {
                        Thread.sleep(20);
                    }
                    Connection real = held.get();
                    end.apply(real);
                    real.setAutoCommit(true);
                    real.close();
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private boolean someoneWaits() throws SQLException {
            // the check's insert of the attempt id, still running: waiting for the held transaction's lock
            String query = onServer
                    ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                            + "AND query LIKE 'INSERT INTO write_attempt%'"
                    : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
                            + "WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO write_attempt%'";
            try (Connection connection = pool.getConnection();
                 PreparedStatement statement = connection.prepareStatement(query);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }

        private SQLException lost() {
            return onServer
                    ? new SQLException("An I/O error occurred while sending to the backend.", "08006")
                    : new SQLException("Connection is broken: \"session closed\" [90067-252]", "90067",
                            ErrorCode.CONNECTION_BROKEN_1);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @FunctionalInterface
    interface SqlEnd {
        void apply(Connection connection) throws SQLException;
    }
}
