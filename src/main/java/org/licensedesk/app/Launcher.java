package org.licensedesk.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import org.licensedesk.cli.Cli;
import org.licensedesk.cli.ConsoleCredentials;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.Database;

/**
 * The main class. A class that extends {@link Application} cannot be the main class on the class path, so this
 * plain one decides: an argument list that names a command (wherever its options stand), asks for help or the
 * version, or is wrong runs on the command line; no arguments, or only the window's options ({@code --db PATH},
 * {@code --measure-startup}), open the window.
 */
public final class Launcher {
    /** {@link #start}'s answer when the window was opened (and has closed). */
    static final int WINDOW = -1;

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any logger exists: the log goes to the data folder, for the window and the commands alike.
        LogSetup.prepare(DataLocation.dataFolder());
        // H2 reads its bind address once, when its classes load: keep the automatic server on loopback.
        System.setProperty(Database.BIND_ADDRESS_PROPERTY, "127.0.0.1");
        try {
            DeskZone.apply();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(Cli.USAGE);
        }
        Clock clock = Clock.systemDefaultZone();
        // Built only for a command, and then only with the commands its arguments name: the window's plain options
        // need none of its thirty commands (issue 11).
        Supplier<Cli> cli = () -> {
            LibraryWarmUp.beginFor(args);
            return Cli.standard((databaseOption, mode) -> Services.open(databaseOption, mode, clock,
                    new ConsoleCredentials()), args);
        };
        int status = start(args, cli, GraphicalSession.available(),
                () -> {
                    // The log and the store start on other threads while JavaFX starts (issue 11).
                    LogStart.begin();
                    StoreOpening.begin(StoreOpening.databaseOption(List.of(args)), clock);
                    Application.launch(LicenseDeskApp.class, args);
                }, System.out, System.err);
        if (status != WINDOW) {
            System.exit(status);
        }
    }

    /** Runs the command, or opens the window through {@code openWindow}; returns the exit status or {@link #WINDOW}. */
    static int start(String[] args, Cli cli, boolean displayAvailable, Runnable openWindow, PrintStream out,
            PrintStream err) {
        return start(args, () -> cli, displayAvailable, openWindow, out, err);
    }

    /** As above, building the command line only when the arguments are not plainly the window's. */
    static int start(String[] args, Supplier<Cli> commandLine, boolean displayAvailable, Runnable openWindow,
            PrintStream out, PrintStream err) {
        Integer fileChecked = Cli.runPlainFileCheck(args, out, err);
        if (fileChecked != null) {
            return fileChecked;
        }
        if (!Cli.plainlyWantsWindow(args)) {
            Cli cli = commandLine.get();
            if (!cli.wantsWindow(args)) {
                return cli.run(args, out, err);
            }
        }
        if (!displayAvailable) {
            err.println(GraphicalSession.NO_DISPLAY);
            return Cli.FAILED;
        }
        try {
            openWindow.run();
        } catch (UnsupportedOperationException e) {
            // What JavaFX throws when DISPLAY is set but no X server answers there.
            err.println(GraphicalSession.cannotOpen(e.getMessage()));
            return Cli.FAILED;
        }
        return WINDOW;
    }
}
