package org.licensedesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The random password of an embedded H2 database, kept in a file beside it ({@code <name>.password}, 0600 where the
 * file system has POSIX permissions). H2's AUTO_SERVER lets any local account that learns the port connect: without
 * this password (another account can read neither this file nor the database file) it cannot log in.
 * The password never appears in a message, a log line or {@link #toString()}.
 */
final class DatabasePassword {
    static final String SUFFIX = ".password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String value;
    private final boolean createdNow;

    private DatabasePassword(Path file, String value, boolean createdNow) {
        this.file = file;
        this.value = value;
        this.createdNow = createdNow;
    }

    /** The file that holds the password of the database at {@code base} (the path without {@code .mv.db}). */
    static Path fileFor(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /**
     * Reads the database's password file, or makes one with a new random password when there is none. Two processes
     * that both make one at once end up with the same file: the first to link its file into place wins and the other
     * reads the winner's.
     */
    static DatabasePassword readOrCreate(Path base) {
        Path file = fileFor(base);
        boolean created = false;
        try {
            if (!Files.exists(file)) {
                created = create(file);
            }
            String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (value.isEmpty()) {
                throw new StoreException("The password file " + file + " of the database is empty. Restore it from "
                        + "the backup you made with the database file, or start on another database with --db.");
            }
            return new DatabasePassword(file, value, created);
        } catch (IOException e) {
            throw new StoreException("Cannot read or write the password file " + file + " of the database ("
                    + e.getClass().getSimpleName() + "). Check that you own the folder, or choose another place "
                    + "with --db.", e);
        }
    }

    private static boolean create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path draft = Files.createTempFile(folder, file.getFileName().toString(), ".new", ownerOnly);
        try {
            Files.writeString(draft, newPassword() + "\n", StandardCharsets.US_ASCII);
            try {
                // A hard link fails when the file exists, so a concurrent maker never overwrites the winner's file.
                Files.createLink(file, draft);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(draft, file);
            }
            return true;
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            return false;
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** 192 random bits, URL-safe Base64: no quote or backslash that SQL or a shell would read. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String value() {
        return value;
    }

    Path file() {
        return file;
    }

    /** Whether this open made the file (when the database then refuses it, the file is removed again). */
    boolean createdNow() {
        return createdNow;
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: the next open reports that the password does not match, naming the file
        }
    }

    @Override
    public String toString() {
        return "DatabasePassword[" + file + "]";
    }
}
