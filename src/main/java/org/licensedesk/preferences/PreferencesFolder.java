package org.licensedesk.preferences;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where the settings files live: {@code <data folder>/preferences/}, one file per desk user ({@code li.na.properties})
 * and one for the workstation (the language of the sign-in window). Several officials may share one account of the
 * operating system, so the desk's username, not the system's, names the file.
 */
public final class PreferencesFolder {
    private final Path folder;

    /** @param folder where the files go; null keeps every setting in memory only (tests) */
    public PreferencesFolder(Path folder) {
        this.folder = folder;
    }

    /** Settings that last only while the program runs. */
    public static PreferencesFolder inMemory() {
        return new PreferencesFolder(null);
    }

    /** The settings folder inside a data folder. */
    public static PreferencesFolder in(Path dataFolder) {
        return new PreferencesFolder(dataFolder.resolve("preferences"));
    }

    /** Null when settings are kept in memory only. */
    public Path folder() {
        return folder;
    }

    /** The settings of one desk user, read now. */
    public UserPreferences forUser(String username) {
        if (folder == null) {
            return UserPreferences.inMemory();
        }
        return UserPreferences.load(folder.resolve("user-" + fileName(username) + ".properties"));
    }

    /** The settings of this workstation, whoever signs in. */
    public UserPreferences workstation() {
        if (folder == null) {
            return UserPreferences.inMemory();
        }
        return UserPreferences.load(folder.resolve("workstation.properties"));
    }

    /** Usernames are letters, digits, dots, hyphens and underscores; anything else is spelt in hex, to stay a name. */
    static String fileName(String username) {
        String lower = username.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            return lower;
        }
        return "x" + HexFormat.of().formatHex(lower.getBytes(StandardCharsets.UTF_8));
    }
}
