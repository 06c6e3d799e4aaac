package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the store (the window's Quit) lets a write that began before it commit, instead of cutting it off; a
 * write asked for after closing began is refused with a sentence and changes nothing.
 */
class DatabaseCloseTest {
    @TempDir
    Path folder;

    @Test
    void closeWaitsForAWriteBegunBeforeItAndTheWriteIsKept() throws Exception {
        Path desk = folder.resolve("desk");
        Database database = openWithProbeTable(desk);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO close_probe VALUES (?)")) {
                insert.setString(1, "assigned just before Quit");
                insert.executeUpdate();
            }
            inside.countDown();
            await(release);
            return 1;
        }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(database::close);
        Thread.sleep(300);
        assertThat(closing).as("close() returned while a write was still open").isNotDone();
        release.countDown();

        assertThat(write.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        closing.get(30, TimeUnit.SECONDS);
        try (Database reopened = Database.open(desk)) {
            assertThat(count(reopened)).isEqualTo(1);
        }
    }

    @Test
    void aWriteAskedForAfterCloseBeganIsRefusedAndChangesNothing() {
        Path desk = folder.resolve("desk");
        Database database = openWithProbeTable(desk);
        database.close();

        assertThatThrownBy(() -> database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO close_probe VALUES ('late')")) {
                return insert.executeUpdate();
            }
        })).isInstanceOf(StoreException.class)
                .hasMessage("LicenseDesk is closing the database, so nothing was changed. Open LicenseDesk again and "
                        + "make the change there.");
        try (Database reopened = Database.open(desk)) {
            assertThat(count(reopened)).isZero();
        }
    }

    private static Database openWithProbeTable(Path desk) {
        Database database = Database.open(desk);
        database.withConnection(connection -> {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE close_probe (note VARCHAR(40))");
            }
            return null;
        });
        return database;
    }

    private static long count(Database database) {
        return database.withConnection(connection -> {
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM close_probe")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
