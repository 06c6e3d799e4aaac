package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.store.Credentials;

/**
 * The window's store opens while JavaFX starts (issue 11): begun in main, taken once by the app; a server whose
 * credentials would need the dialog is left to the app.
 */
class StoreOpeningTest {
    @TempDir
    Path folder;

    @AfterEach
    void nothingLeftBegun() {
        CompletableFuture<Services> left = StoreOpening.take();
        if (left != null) {
            left.join().close();
        }
    }

    @Test
    void theStoreOfTheDbOptionOpensInTheBackgroundAndIsTakenOnce() throws Exception {
        Path database = folder.resolve("desk");

        StoreOpening.begin(database.toString(), Clock.systemDefaultZone());
        CompletableFuture<Services> begun = StoreOpening.take();

        assertThat(begun).isNotNull();
        assertThat(StoreOpening.take()).as("taken once").isNull();
        try (Services services = begun.get(60, TimeUnit.SECONDS)) {
            assertThat(services.storeDescription()).isEqualTo("H2 file " + database.toAbsolutePath());
            assertThat(services.accounts().users()).as("a new file gets the demo, as the window's opening does")
                    .isNotEmpty();
        }
    }

    @Test
    void aServerWithoutCredentialsInTheEnvironmentIsLeftToTheAppsDialog() {
        // The build does not set the server variables; a machine that does would open the server early instead.
        org.junit.jupiter.api.Assumptions.assumeTrue(Credentials.fromEnvironment(System.getenv()) == null);

        StoreOpening.begin("jdbc:postgresql://127.0.0.1:1/bureau", Clock.systemDefaultZone());

        assertThat(StoreOpening.take()).isNull();
    }

    @Test
    void anAddressThatIsNotAStoreIsLeftToTheAppsDialog() {
        StoreOpening.begin("jdbc:mysql://127.0.0.1/bureau", Clock.systemDefaultZone());

        assertThat(StoreOpening.take()).isNull();
    }
}
