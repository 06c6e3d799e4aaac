package org.licensedesk.preferences;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Where the settings files live: {@code <data folder>/preferences/}, one file per desk user
 * ({@code user-li.na.properties}) and one for the workstation (the language of the sign-in window). Several officials
 * may share one account of the operating system, so the desk's username, not the system's, names the file.
 *
 * <p>Each user's settings are read once and then shared: every part of the window that asks for {@code li.na}'s gets
 * the same object, so one part's values are never overwritten by another's older copy. The session saves it when the
 * main window closes, signs out or changes language; a part may also save it itself.
 */
public final class PreferencesFolder {
    private static final String WORKSTATION = "workstation";

    private final Path folder;
    private final Map<String, UserPreferences> loaded = new HashMap<>();

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

    /** The settings of one desk user (read on first use). */
    public synchronized UserPreferences forUser(String username) {
        return settings("user-" + fileName(username));
    }

    /** The settings of this workstation, whoever signs in. */
    public synchronized UserPreferences workstation() {
        return settings(WORKSTATION);
    }

    private UserPreferences settings(String name) {
        return loaded.computeIfAbsent(name, key -> folder == null ? UserPreferences.inMemory()
                : UserPreferences.load(folder.resolve(key + ".properties")));
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
