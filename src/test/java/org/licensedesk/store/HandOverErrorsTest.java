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
    void aRuleOfTheDataIsNotAHandOver() {
        assertThat(Database.isHandOver(new SQLException("Unique index or primary key violation", "23505",
                ErrorCode.DUPLICATE_KEY_1))).isFalse();
        assertThat(Database.isHandOver(new SQLException("General error: something else", "50000",
                ErrorCode.GENERAL_ERROR_1))).isFalse();
    }
}
