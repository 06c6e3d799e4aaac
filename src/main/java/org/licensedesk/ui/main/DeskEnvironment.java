package org.licensedesk.ui.main;

import java.nio.file.Path;
import java.util.Locale;
import org.licensedesk.preferences.PreferencesFolder;

/**
 * What the window knows of the workstation it runs on, beside the database: for Help → About and for the settings
 * each user keeps here.
 *
 * @param version      the build's version, such as 0.1.0
 * @param dataFolder   the per-user data folder (default database, settings, log); null when unknown (tests)
 * @param logFile      the log file; null when the desk logs nowhere (tests)
 * @param preferences  where each user's settings are kept: window placement and language now; a view keeps its own
 *                     (the queue's columns, say) with {@code preferences().forUser(user.username())}, the same
 *                     object the session saves when the window closes
 * @param systemLocale the system's locale as the program started, before the user chose a language
 */
public record DeskEnvironment(String version, Path dataFolder, Path logFile, PreferencesFolder preferences,
        Locale systemLocale) {

    /** A desk that remembers nothing between runs and logs nowhere: the window tests' default. */
    public static DeskEnvironment transientDesk(Locale systemLocale) {
        return new DeskEnvironment("test", null, null, PreferencesFolder.inMemory(), systemLocale);
    }
}
