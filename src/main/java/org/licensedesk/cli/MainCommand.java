package org.licensedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code licensedesk} itself: the options that may stand before any command ({@code --db PATH}) and those of the
 * window. Without a command the launcher opens the window; run here without one, it prints the help.
 */
@Command(name = MainCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false, sortSynopsis = false,
        description = "Reviews export-licence applications for dual-use items. Without a command it opens its "
                + "window; with one it runs that command here and opens nothing.",
        commandListHeading = "%nCommands (licensedesk COMMAND --help says more about each):%n",
        footerHeading = "%n",
        footer = {"Options may stand before or after the command: licensedesk --db PATH show REF.",
                "The database: --db PATH, else $LICENSEDESK_DB, else the per-user data folder.",
                "Commands that sign in take the user from --user or $LICENSEDESK_USER and the password from "
                        + "$LICENSEDESK_PASSWORD, or ask for it at the terminal.",
                "Exit status: 0 done, 1 the work failed or was refused, 2 wrong command line."})
public final class MainCommand implements Runnable {
    static final String NAME = "licensedesk";
    static final String DATABASE_OPTION = "--db";

    @Spec
    CommandSpec spec;

    @Option(names = DATABASE_OPTION, paramLabel = "PATH",
            description = "The database file without .mv.db, for the window or any command.")
    String database;

    @Option(names = "--measure-startup", description = "Window only: time the start-up, sign in as "
            + "$LICENSEDESK_USER, print the figures and quit (a benchmark).")
    boolean measureStartup;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
