package org.licensedesk.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where the log goes: {@code <data folder>/logs/licensedesk.log}, rolled daily and at 10 MB, kept 30 days
 * ({@link LogConfiguration}). The folder is handed to Logback as a system property before the first logger exists.
 */
public final class LogSetup {
    static final String FOLDER_PROPERTY = "licensedesk.logFolder";
    static final String FILE_NAME = "licensedesk.log";

    private LogSetup() {
    }

    /** Call first thing in main, before anything asks for a logger; returns the log file. */
    public static Path prepare(Path dataFolder) {
        Path folder = dataFolder.resolve("logs");
        System.setProperty(FOLDER_PROPERTY, folder.toString());
        return folder.resolve(FILE_NAME);
    }

    /**
     * Configures the log as the launcher's processes have it ({@link LogConfiguration}), logging into this folder:
     * for tests of what reaches the file (the test class path otherwise logs nowhere). {@link #restore()} undoes it.
     */
    public static Path reconfigure(Path folder) {
        System.setProperty(FOLDER_PROPERTY, folder.toString());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        LogConfiguration.apply(context, LogConfiguration.folder());
        return folder.resolve(FILE_NAME);
    }

    /** Back to the class path's own configuration (the tests': log nowhere). */
    public static void restore() {
        System.clearProperty(FOLDER_PROPERTY);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
    }
}
