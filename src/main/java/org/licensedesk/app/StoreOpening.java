package org.licensedesk.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.store.Credentials;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.store.StoreException;

/**
 * The window's store, opened (H2, Flyway's check, the demo's first seeding) while JavaFX starts rather than after
 * it (issue 11, launch to painted queue). {@link Launcher} begins it before {@code Application.launch}, which
 * cannot hand an object to the application it creates; {@link LicenseDeskApp} takes it once. A server whose
 * credentials must be asked for in a dialog is not begun early: the app opens it after the toolkit is up, as before.
 */
final class StoreOpening {
    private static final AtomicReference<CompletableFuture<Services>> BEGUN = new AtomicReference<>();

    private StoreOpening() {
    }

    /** Begins opening the store a {@code --db} option names (null: the default), unless it needs a dialog. */
    static void begin(String databaseOption, Clock clock) {
        StoreAddress address;
        try {
            address = DataLocation.address(databaseOption);
        } catch (StoreException e) {
            return; // the app's own opening reports it, in its dialog
        }
        if (address instanceof StoreAddress.Server && Credentials.fromEnvironment(System.getenv()) == null) {
            return;
        }
        CompletableFuture<Services> opening = CompletableFuture.supplyAsync(() -> {
            LogStart.awaitReady();
            return Services.open(databaseOption, BackendOpener.Mode.CREATE_WITH_DEMO, clock,
                    Credentials.Source.ENVIRONMENT_ONLY);
        });
        BEGUN.set(opening);
        // Then, on the same spare core, the password hash is made warm for the sign-in (not part of the opening).
        opening.whenCompleteAsync((services, failure) -> PasswordHasher.warmUp());
    }

    /** The value of {@code --db PATH} or {@code --db=PATH}; null means the default place. */
    static String databaseOption(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--db") && i + 1 < arguments.size()) {
                return arguments.get(i + 1);
            }
            if (argument.startsWith("--db=")) {
                return argument.substring("--db=".length());
            }
        }
        return null;
    }

    /** The opening begun for this process, once; null when none was begun (or it was taken). */
    static CompletableFuture<Services> take() {
        return BEGUN.getAndSet(null);
    }
}
