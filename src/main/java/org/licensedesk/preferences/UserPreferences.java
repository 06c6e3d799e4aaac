package org.licensedesk.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * One desk user's settings on this workstation (window placement, language; later the queue's columns, sort and
 * inbox): a small properties file in the user's data folder, not in the shared database, because they belong to the
 * person at this screen. Keys are dotted names owned by whoever writes them ({@code mainWindow.width},
 * {@code queue.columns}); values are strings with typed readers that ignore what does not parse, so a hand-edited or
 * older file never stops the window from opening. Not thread-safe: the window uses it on the FX thread.
 */
public final class UserPreferences {
    private final Path file;
    private final Properties values = new Properties();

    private UserPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file, or starts empty when there is none or it cannot be read. */
    public static UserPreferences load(Path file) {
        UserPreferences preferences = new UserPreferences(file);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    /** Settings kept only while the program runs, for tests and for a workstation whose folder cannot be written. */
    public static UserPreferences inMemory() {
        return new UserPreferences(null);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public OptionalInt getInt(String key) {
        try {
            return get(key).map(value -> OptionalInt.of(Integer.parseInt(value.strip()))).orElse(OptionalInt.empty());
        } catch (NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

    public OptionalDouble getDouble(String key) {
        try {
            Optional<String> value = get(key);
            if (value.isEmpty()) {
                return OptionalDouble.empty();
            }
            double number = Double.parseDouble(value.get().strip());
            return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
        } catch (NumberFormatException unreadable) {
            return OptionalDouble.empty();
        }
    }

    public Optional<Boolean> getBoolean(String key) {
        return get(key).map(String::strip).filter(value -> value.equals("true") || value.equals("false"))
                .map(Boolean::valueOf);
    }

    /** Sets a value; null removes it. Written by {@link #save()}. */
    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void putInt(String key, int value) {
        put(key, Integer.toString(value));
    }

    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    public void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    /**
     * Writes the file whole (to a temporary file first, then moved over the old one, so a crash leaves either the
     * old or the new settings, never half of them). A few hundred bytes: quick enough for closing a window.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".preferences", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "LicenseDesk settings of one user on this workstation");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicMoveRefused) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the settings in " + file, e);
        }
    }

    /** Where the settings are kept; null when they are kept in memory only. */
    public Path file() {
        return file;
    }
}
