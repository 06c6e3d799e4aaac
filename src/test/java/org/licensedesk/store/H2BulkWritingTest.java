package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk writing (generated data) changes H2's settings only on a file this process holds alone, and only until it
 * ends: afterwards chunks go to the file's end again (decision 0011) and the background store runs as before.
 */
class H2BulkWritingTest {
    @TempDir
    Path folder;

    @Test
    void aFileHeldAloneIsWrittenInBulkUntilTheStretchEnds() {
        try (Database database = Database.open(folder.resolve("desk"))) {
            MVStore store = database.withConnection(H2WriteThrough::localStore);
            int deskDelay = store.getAutoCommitDelay();
            assertThat(store.isSpaceReused()).as("the desk's setting").isFalse();

            try (BulkWriting bulk = database.bulkWriting()) {
                assertThat(bulk).isNotSameAs(BulkWriting.UNCHANGED);
                assertThat(store.isSpaceReused()).isTrue();
                assertThat(store.getAutoCommitDelay()).isEqualTo(H2BulkWriting.BULK_STORE_DELAY_MS);
            }

            assertThat(store.isSpaceReused()).isFalse();
            assertThat(store.getAutoCommitDelay()).isEqualTo(deskDelay).isNotEqualTo(H2BulkWriting.BULK_STORE_DELAY_MS);
        }
    }

    @Test
    void aFileAnotherProcessReachesKeepsTheDesksSettings() throws Exception {
        Path base = folder.resolve("desk");
        try (Database database = Database.open(base)) {
            MVStore store = database.withConnection(H2WriteThrough::localStore);
            try (Connection other = AutomaticServerClient.connect(base)) {
                assertThat(other.isValid(1)).isTrue();
                try (BulkWriting bulk = database.bulkWriting()) {
                    assertThat(bulk).isSameAs(BulkWriting.UNCHANGED);
                    assertThat(store.isSpaceReused()).isFalse();
                    assertThat(store.getAutoCommitDelay()).isNotEqualTo(H2BulkWriting.BULK_STORE_DELAY_MS);
                }
            }
        }
    }

    @Test
    void theSessionOfAnotherProcessChangesNothing() throws Exception {
        Path base = folder.resolve("desk");
        try (Database database = Database.open(base)) {
            MVStore store = database.withConnection(H2WriteThrough::localStore);
            try (Connection other = AutomaticServerClient.connect(base)) {
                assertThat(H2BulkWriting.begin(other)).isSameAs(BulkWriting.UNCHANGED);
                assertThat(store.isSpaceReused()).isFalse();
            }
        }
    }
}
