package org.licensedesk.app;

import java.time.Clock;
import javafx.application.Application;
import org.licensedesk.cli.Cli;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.Database;

/**
 * The main class. A class that extends {@link Application} cannot be the main class on the class
 * path, so this plain one starts either a headless command or the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any logger exists: the log goes to the data folder, for the window and the commands alike.
        LogSetup.prepare(DataLocation.dataFolder());
        // H2 reads its bind address once, when its classes load: keep the automatic server on loopback.
        System.setProperty(Database.BIND_ADDRESS_PROPERTY, "127.0.0.1");
        Cli cli = Cli.standard((databaseOption, mode) -> Services.open(databaseOption, mode, Clock.systemDefaultZone()));
        if (args.length > 0 && cli.handles(args[0])) {
            System.exit(cli.run(args, System.out, System.err));
        }
        Application.launch(LicenseDeskApp.class, args);
    }
}
