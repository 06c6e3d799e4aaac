package org.licensedesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * LicenseDesk's log, configured in code: one rolling file in the data folder ({@link LogSetup} sets
 * {@code licensedesk.logFolder} before the first logger exists), nothing on the console (the commands own stdout
 * and stderr). Logback finds this class through {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}
 * when the first logger is asked for. It replaces the {@code logback.xml} it was written from (issue 11: parsing
 * that file with Joran and the JDK's XML parser, ~670 classes, took 0.65 s of every command that logs), with the
 * same appender, file, rolling, pattern and levels.
 *
 * <p>A {@code logback-test.xml} on the class path, or {@code -Dlogback.configurationFile}, still wins, in Logback's
 * own order: this configurator then leaves the context to Logback's file configurator.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String APPENDER = "FILE";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    static final String MAX_FILE_SIZE = "10MB";
    static final int MAX_HISTORY = 30;
    static final String TOTAL_SIZE_CAP = "200MB";
    /** Libraries say only what needs attention. */
    static final Map<String, Level> LIBRARIES = Map.of("org.flywaydb", Level.WARN, "com.zaxxer.hikari", Level.WARN,
            "h2database", Level.WARN, "org.h2", Level.WARN, "com.networknt", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (aFileConfigurationWins()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, folder());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether Logback's own look-up order puts a configuration file before the built-in one. */
    static boolean aFileConfigurationWins() {
        return System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    /**
     * The folder as {@code ${licensedesk.logFolder:-${java.io.tmpdir}/licensedesk-logs}} resolved in the XML: the
     * system property, else an environment variable of that name, else the temporary folder's.
     */
    static String folder() {
        String folder = System.getProperty(LogSetup.FOLDER_PROPERTY);
        if (folder == null) {
            folder = System.getenv(LogSetup.FOLDER_PROPERTY);
        }
        // Not set: a class started without the launcher.
        return folder != null ? folder : System.getProperty("java.io.tmpdir") + "/licensedesk-logs";
    }

    /** Configures the context (reset by its caller, or new) to log into {@code folder}. */
    static void apply(LoggerContext context, String folder) {
        // Logback's own status messages (a folder it cannot write, say) would otherwise print to the console.
        context.getStatusManager().add(new NopStatusListener());

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(folder + "/" + LogSetup.FILE_NAME);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder + "/licensedesk.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        rolling.setMaxHistory(MAX_HISTORY);
        rolling.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        rolling.start();
        appender.setRollingPolicy(rolling);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();

        LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
    }
}
