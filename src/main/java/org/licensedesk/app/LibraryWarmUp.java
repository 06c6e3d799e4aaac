package org.licensedesk.app;

import java.util.List;
import java.util.Set;
import org.licensedesk.json.JsonMapper;

/**
 * Loads the libraries a command that opens the store needs (Logback's classes, Jackson's mapper, H2's connection and
 * SQL parser) on a thread of its own while picocli reads the arguments, so the two cores share that work (issue 11:
 * {@code export-audit} at 100,000 began its first entry 2.7 s after the JVM started, the raw yardstick 1.0 s; about
 * 0.7 s of that was these classes, loaded one after the other on the main thread). Nothing is printed or opened:
 * the classes would be loaded later, in the same way, by the thread that needs them (a class being initialised on
 * this thread makes that one wait, as for any class). SLF4J itself is not started here: a logger asked for on another
 * thread while SLF4J starts is handed a substitute and replayed with a warning on standard error, which put three
 * lines of SLF4J before a command's one-sentence refusal (ServerPasswordTest, in CI).
 */
final class LibraryWarmUp {
    /** Arguments that open no store: help, the version, completion, an @-file (the thread would be spent for nothing). */
    private static final Set<String> NO_STORE = Set.of("help", "completion", "-h", "--help", "-V", "--version");
    private static final List<String> LOGBACK_CLASSES = List.of("ch.qos.logback.classic.LoggerContext",
            "ch.qos.logback.classic.Logger", "ch.qos.logback.core.rolling.RollingFileAppender",
            "ch.qos.logback.classic.encoder.PatternLayoutEncoder");
    private static final List<String> H2_CLASSES = List.of("org.h2.jdbc.JdbcConnection", "org.h2.command.Parser",
            "org.h2.engine.Database", "org.h2.mvstore.MVStore", "org.h2.command.query.Select");

    private LibraryWarmUp() {
    }

    /** Starts the loading for a command line that may open the store, and says whether it did; returns at once. */
    static boolean beginFor(String[] args) {
        if (!mayOpenStore(args)) {
            return false;
        }
        Thread loading = new Thread(LibraryWarmUp::load, "library-warm-up");
        loading.setDaemon(true);
        loading.setPriority(Thread.NORM_PRIORITY);
        loading.start();
        return true;
    }

    static boolean mayOpenStore(String[] args) {
        for (String arg : args) {
            if (NO_STORE.contains(arg) || arg.startsWith("@")) {
                return false;
            }
        }
        return true;
    }

    private static void load() {
        try {
            ClassLoader loader = LibraryWarmUp.class.getClassLoader();
            for (String name : LOGBACK_CLASSES) {
                Class.forName(name, true, loader);
            }
            JsonMapper.shared(); // made here, then used by every service
            for (String name : H2_CLASSES) {
                Class.forName(name, true, loader);
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // Only a head start: whatever failed here fails again, and is reported, where it is needed.
        }
    }
}
