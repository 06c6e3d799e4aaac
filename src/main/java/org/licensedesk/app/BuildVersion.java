package org.licensedesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into {@code build.properties}: Help → About and the log's first line show it. */
public final class BuildVersion {
    static final String UNFILTERED = "development build";

    private BuildVersion() {
    }

    public static String get() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/org/licensedesk/app/build.properties")) {
            if (in == null) {
                return UNFILTERED;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? UNFILTERED : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
