package org.licensedesk.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Which store a {@code --db} value (or {@code LICENSEDESK_DB}) names: a path is one desk's embedded H2 file, a
 * {@code jdbc:postgresql://host:port/name} URL is a bureau's shared PostgreSQL server.
 */
public sealed interface StoreAddress {
    /** What the status bar and messages show: never a password. */
    String describe();

    /** One desk's H2 file ({@code base} is the file name without {@code .mv.db}). */
    record H2File(Path base) implements StoreAddress {
        public H2File {
            Objects.requireNonNull(base, "base");
        }

        @Override
        public String describe() {
            return "H2 file " + base;
        }
    }

    /** A PostgreSQL server; the credentials come from elsewhere, never from the URL. */
    record Server(String jdbcUrl, String host, int port, String name) implements StoreAddress {
        public static final String PREFIX = "jdbc:postgresql://";
        static final int DEFAULT_PORT = 5432;

        public Server {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        }

        @Override
        public String describe() {
            return "PostgreSQL " + name + "@" + host + ":" + port;
        }

        /** A short name for the files this workstation keeps about the store (drafts, the last head seen). */
        public String folderName() {
            return (name + "@" + host + "_" + port).replaceAll("[^A-Za-z0-9@._-]", "_");
        }

        static Server parse(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(PREFIX)) {
                throw new StoreException("LicenseDesk opens an H2 file (a path) or a PostgreSQL server "
                        + "(jdbc:postgresql://host:port/name), not " + value.split("[?;]", 2)[0]
                        + ". Check the --db option or the " + DataLocation.ENVIRONMENT_VARIABLE + " variable.");
            }
            if (lower.contains("password")) {
                throw new StoreException("The database URL must not carry a password: give it in the "
                        + Credentials.PASSWORD_VARIABLE + " variable (or when asked) and remove it from the URL.");
            }
            try {
                URI uri = new URI(value.substring("jdbc:".length()));
                String host = uri.getHost();
                String path = uri.getPath();
                if (host == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
                    throw new URISyntaxException(value, "host or database name missing");
                }
                int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
                return new Server(value, host, port, path.substring(1));
            } catch (URISyntaxException e) {
                throw new StoreException("The database URL " + value.split("[?;]", 2)[0] + " is not of the form "
                        + "jdbc:postgresql://host:port/name. Check the --db option or the "
                        + DataLocation.ENVIRONMENT_VARIABLE + " variable.", e);
            }
        }
    }

    /** The server a {@code jdbc:postgresql://host:port/name} URL names; a sentence-carrying StoreException if not. */
    static Server server(String jdbcUrl) {
        return Server.parse(jdbcUrl);
    }

    /** A value that starts with {@code jdbc:} is a server URL; anything else is a path. */
    static StoreAddress parse(String value) {
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return Server.parse(value.strip());
        }
        return new H2File(Database.stripExtension(Path.of(value).toAbsolutePath().normalize()));
    }
}
