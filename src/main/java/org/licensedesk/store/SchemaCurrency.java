package org.licensedesk.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a store already holds every migration this build ships, answered from the migrations' file names and one
 * query of Flyway's history table, without starting Flyway (issue 11: Flyway's configure, scan and validate of every
 * migration took 0.6-1.9 s of each command's start on a current schema, more than the export of 20,000
 * applications' trail itself). Answers false whenever it is not sure (no history table, a name it does not know,
 * a failed migration): then Flyway runs as before and decides.
 */
final class SchemaCurrency {
    /** Flyway's locations, as {@link Database} configures them, as class path folders. */
    static final List<String> LOCATIONS = List.of("db/migration", "org/licensedesk/store/migration");

    /** A versioned migration: {@code V59__queue_words.sql}, {@code V59_1__queue_words_fill.class}. */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^$/]+\\.(?:sql|class)");

    private SchemaCurrency() {
    }

    /** True only when every versioned migration on the class path is recorded as applied with success. */
    static boolean isCurrent(Connection connection, ClassLoader loader) {
        Set<String> available = available(loader);
        if (available == null || available.isEmpty()) {
            return false;
        }
        Set<String> applied;
        try {
            applied = applied(connection);
        } catch (SQLException e) {
            // No history table yet (a new store), or one Flyway must look at: let Flyway decide.
            return false;
        }
        return applied.containsAll(available);
    }

    /**
     * The normalised versions of the migrations in {@link #LOCATIONS}; null when a file there is not a versioned
     * migration (a repeatable one, say) or a location cannot be listed, so that Flyway decides.
     */
    static Set<String> available(ClassLoader loader) {
        Set<String> versions = new HashSet<>();
        try {
            for (String location : LOCATIONS) {
                Enumeration<URL> roots = loader.getResources(location);
                while (roots.hasMoreElements()) {
                    if (!collect(roots.nextElement(), location, versions)) {
                        return null;
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
        return versions;
    }

    private static boolean collect(URL root, String location, Set<String> versions)
            throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(root.toURI()))) {
                for (Path file : files) {
                    if (!Files.isDirectory(file) && !add(file.getFileName().toString(), versions)) {
                        return false;
                    }
                }
            }
            return true;
        }
        if ("jar".equals(root.getProtocol())) {
            URLConnection connection = root.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                return false;
            }
            connection.setUseCaches(false);
            String prefix = location + "/";
            try (JarFile jar = new JarFile(Path.of(jarConnection.getJarFileURL().toURI()).toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(prefix) && name.length() > prefix.length()
                            && name.indexOf('/', prefix.length()) < 0
                            && !add(name.substring(prefix.length()), versions)) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    /** Adds a migration's version; false for a file Flyway might read as something else than a versioned migration. */
    private static boolean add(String fileName, Set<String> versions) {
        Matcher versioned = VERSIONED.matcher(fileName);
        if (versioned.matches()) {
            versions.add(normalise(versioned.group(1)));
            return true;
        }
        if (fileName.contains("$")) {
            // An inner class of a Java migration.
            return fileName.endsWith(".class");
        }
        // A name Flyway might read as a migration of another kind (R__, U, B) or a version it parses otherwise.
        return fileName.isEmpty() || "VRUB".indexOf(fileName.charAt(0)) < 0;
    }

    /** The versions Flyway recorded as applied with success, normalised. */
    static Set<String> applied(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    versions.add(normalise(rows.getString(1)));
                }
            }
        }
        return versions;
    }

    /** "59_1", "59.1" and "059.1.0" alike: parts split on dots or underscores, leading zeros and trailing zero parts dropped. */
    static String normalise(String version) {
        String[] parts = version.split("[._]");
        int end = parts.length;
        while (end > 1 && parts[end - 1].matches("0+")) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0) {
                out.append('.');
            }
            String part = parts[i].replaceFirst("^0+(?=\\d)", "");
            out.append(part);
        }
        return out.toString();
    }
}
