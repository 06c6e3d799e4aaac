package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Which H2 errors mean "the file is being handed to another process; try the whole transaction again". */
class HandOverErrorsTest {
    @Test
    void aFileClosedByTheServingProcessIsAHandOverWhereverItIsInTheCauses() {
        SQLException closed = new SQLException("The database has been closed", "90098", ErrorCode.DATABASE_IS_CLOSED);
        assertThat(Database.isHandOver(closed)).isTrue();
        assertThat(Database.isHandOver(new SQLException("wrapped", new SQLException("x", "90098",
                ErrorCode.DATABASE_IS_CLOSED)))).isTrue();
    }

    @Test
    void aLockHeldLongerThanTheTimeoutIsTriedAgain() {
        assertThat(Database.isHandOver(new SQLException("Timeout trying to lock table \"APP_USER\"", "HYT00",
                ErrorCode.LOCK_TIMEOUT_1))).isTrue();
    }

    @Test
    void aRemoteSessionWhoseServerWentAwayIsAHandOver() {
        assertThat(Database.isHandOver(new SQLException("General error: \"java.lang.NullPointerException: Cannot "
                + "invoke \"\"java.util.ArrayList.remove(int)\"\" because \"\"this.transferList\"\" is null\"",
                "50000", ErrorCode.GENERAL_ERROR_1))).isTrue();
    }

    @Test
    void aTransactionEndedUnderItsStatementByTheServingProcessIsAHandOver() {
        // Both states are seen as the exiting process closes the remote session: rolled back, then closed.
        for (String status : new String[] {"ROLLED_BACK", "CLOSED"}) {
            assertThat(Database.isHandOver(new SQLException("General error: \"Transaction 4 has status " + status
                    + ", not OPEN [2.5.252/103]\"", "50000", ErrorCode.GENERAL_ERROR_1))).as(status).isTrue();
        }
    }

    @Test
    void anEngineExceptionFromTheHalfClosedSessionIsAHandOver() {
        assertThat(Database.isHandOver(new SQLException("General error: \"java.util.ConcurrentModificationException\"; "
                + "SQL statement:", "50000", ErrorCode.GENERAL_ERROR_1))).isTrue();
        assertThat(Database.isHandOver(new SQLException("General error: \"java.lang.IllegalStateException: x\"",
                "50000", ErrorCode.GENERAL_ERROR_1))).isTrue();
        // An exception named in a plain message is not the engine's.
        assertThat(Database.isHandOver(new SQLException("General error: the ConcurrentModificationException of a note",
                "50000", ErrorCode.GENERAL_ERROR_1))).isFalse();
    }

    @Test
    void aRuleOfTheDataIsNotAHandOver() {
        assertThat(Database.isHandOver(new SQLException("Unique index or primary key violation", "23505",
                ErrorCode.DUPLICATE_KEY_1))).isFalse();
        assertThat(Database.isHandOver(new SQLException("General error: something else", "50000",
                ErrorCode.GENERAL_ERROR_1))).isFalse();
    }
}
