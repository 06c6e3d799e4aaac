package org.licensedesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: the {@code --db} option first, then the {@code LICENSEDESK_DB} environment
 * variable, then the per-user data folder of the operating system.
 */
public final class DataLocation {
    public static final String ENVIRONMENT_VARIABLE = "LICENSEDESK_DB";
    public static final String DATA_FOLDER_PROPERTY = "licensedesk.dataFolder";
    static final String DATABASE_NAME = "licensedesk";

    private DataLocation() {
    }

    public static Path resolve(String option, Map<String, String> environment, String osName, Path home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return defaultFolder(environment, osName, home).resolve(DATABASE_NAME);
    }

    /**
     * The store the {@code --db} option or {@code LICENSEDESK_DB} names: a path (an H2 file, as {@link #resolve})
     * or a {@code jdbc:postgresql://host:port/name} URL (a server).
     */
    public static StoreAddress address(String option, Map<String, String> environment, String osName, Path home) {
        String given = option != null && !option.isBlank() ? option : environment.get(ENVIRONMENT_VARIABLE);
        if (given != null && !given.isBlank()) {
            return StoreAddress.parse(given);
        }
        return StoreAddress.parse(defaultFolder(environment, osName, home).resolve(DATABASE_NAME).toString());
    }

    public static StoreAddress address(String option) {
        return address(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The per-user data folder of this machine's user: the default database, the settings and the log live there.
     * The system property {@value #DATA_FOLDER_PROPERTY} moves it (the test suite keeps it in the build folder).
     */
    public static Path dataFolder() {
        String moved = System.getProperty(DATA_FOLDER_PROPERTY);
        if (moved != null && !moved.isBlank()) {
            return Path.of(moved);
        }
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The per-user data folder: XDG on Linux, Application Support on macOS, APPDATA on Windows. */
    static Path defaultFolder(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("LicenseDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("LicenseDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("licensedesk");
    }
}
