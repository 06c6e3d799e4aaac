package org.licensedesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the version Maven built (a filtered resource), the Java and the system. */
public final class VersionInfo implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** The project version from the pom, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(unknown version: built without Maven's resources)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"LicenseDesk " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
