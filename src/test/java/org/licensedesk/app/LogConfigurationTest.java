package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The log configured in code ({@link LogConfiguration}) is the one {@code logback.xml} made (kept as the test
 * resource {@code logback-as-before.xml}): the same appender, file, rolling, pattern, charset, levels and status
 * listener, the same lines written; and Logback finds it by itself in a process without a test configuration.
 */
class LogConfigurationTest {
    @TempDir
    Path folder;

    @Test
    void configuresWhatTheXmlConfigured() throws Exception {
        LoggerContext before = fromXml(folder.resolve("xml").toString());
        LoggerContext now = newContext();
        LogConfiguration.apply(now, folder.resolve("code").toString());

        for (LoggerContext context : List.of(before, now)) {
            assertThat(context.getStatusManager().getCopyOfStatusListenerList())
                    .hasOnlyElementsOfType(NopStatusListener.class).hasSize(1);
        }
        assertThat(levels(now)).isEqualTo(levels(before));
        assertThat(levels(now)).contains("ROOT=INFO", "org.flywaydb=WARN", "com.zaxxer.hikari=WARN",
                "h2database=WARN", "org.h2=WARN", "com.networknt=WARN");

        RollingFileAppender<ILoggingEvent> xml = onlyAppender(before);
        RollingFileAppender<ILoggingEvent> code = onlyAppender(now);
        assertThat(code.getName()).isEqualTo(xml.getName()).isEqualTo("FILE");
        assertThat(code.getFile()).isEqualTo(folder.resolve("code").resolve("licensedesk.log").toString());
        assertThat(xml.getFile()).isEqualTo(folder.resolve("xml").resolve("licensedesk.log").toString());
        assertThat(code.isStarted()).isTrue();
        assertThat(xml.isStarted()).isTrue();

        SizeAndTimeBasedRollingPolicy<?> xmlRolling = (SizeAndTimeBasedRollingPolicy<?>) xml.getRollingPolicy();
        SizeAndTimeBasedRollingPolicy<?> codeRolling = (SizeAndTimeBasedRollingPolicy<?>) code.getRollingPolicy();
        assertThat(code.getTriggeringPolicy()).isSameAs(codeRolling);
        assertThat(xml.getTriggeringPolicy()).isSameAs(xmlRolling);
        assertThat(codeRolling.getFileNamePattern().replace("/code/", "/"))
                .isEqualTo(xmlRolling.getFileNamePattern().replace("/xml/", "/"))
                .endsWith("/licensedesk.%d{yyyy-MM-dd}.%i.log.gz");
        assertThat(codeRolling.getMaxHistory()).isEqualTo(xmlRolling.getMaxHistory()).isEqualTo(30);
        assertThat(size(codeRolling, SizeAndTimeBasedRollingPolicy.class, "maxFileSize"))
                .isEqualTo(size(xmlRolling, SizeAndTimeBasedRollingPolicy.class, "maxFileSize"))
                .isEqualTo(10L * 1024 * 1024);
        assertThat(size(codeRolling, TimeBasedRollingPolicy.class, "totalSizeCap"))
                .isEqualTo(size(xmlRolling, TimeBasedRollingPolicy.class, "totalSizeCap"))
                .isEqualTo(200L * 1024 * 1024);
        assertThat(codeRolling.getCompressionMode()).isEqualTo(xmlRolling.getCompressionMode());

        PatternLayoutEncoder xmlEncoder = (PatternLayoutEncoder) xml.getEncoder();
        PatternLayoutEncoder codeEncoder = (PatternLayoutEncoder) code.getEncoder();
        assertThat(codeEncoder.getPattern()).isEqualTo(xmlEncoder.getPattern());
        assertThat(codeEncoder.getCharset()).isEqualTo(xmlEncoder.getCharset()).isEqualTo(StandardCharsets.UTF_8);

        // The same lines reach each file (the timestamps aside); what is below a library's level reaches neither.
        for (LoggerContext context : List.of(before, now)) {
            context.getLogger("org.licensedesk.audit.Probe").info("li.na signed in (REVIEWER) 审核");
            context.getLogger("org.flywaydb.core.Flyway").info("Migrating schema");
            context.getLogger("org.h2.Engine").warn("Database closed unexpectedly");
            context.getLogger("org.licensedesk.audit.Probe").debug("not at INFO");
            context.stop();
        }
        List<String> xmlLines = withoutTimes(folder.resolve("xml").resolve("licensedesk.log"));
        assertThat(withoutTimes(folder.resolve("code").resolve("licensedesk.log"))).isEqualTo(xmlLines);
        assertThat(xmlLines).hasSize(2);
        assertThat(xmlLines.get(0)).endsWith("org.licensedesk.audit.Probe - li.na signed in (REVIEWER) 审核");
        assertThat(xmlLines.get(1)).startsWith("WARN  [").endsWith("org.h2.Engine - Database closed unexpectedly");
    }

    @Test
    void logbackFindsItAsAServiceAndLeavesATestConfigurationFirst() {
        List<Configurator> found = new ArrayList<>();
        ServiceLoader.load(Configurator.class).forEach(found::add);
        assertThat(found).hasExactlyElementsOfTypes(LogConfiguration.class);
        // This class path has logback-test.xml: Logback's file configurator is left to read it, as before.
        assertThat(LogConfiguration.aFileConfigurationWins()).isTrue();
        LoggerContext context = new LoggerContext();
        LogConfiguration configuration = new LogConfiguration();
        configuration.setContext(context);
        assertThat(configuration.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        assertThat(LoggerFactory.getLogger(LogConfigurationTest.class).isErrorEnabled()).isFalse();
    }

    /** A process started as the launcher's are (no logback-test.xml): the file is written where it was, nothing else. */
    @Test
    void aProcessLogsIntoItsFolderOnlyThroughTheServiceConfigurator() throws Exception {
        Path probeClasses = folder.resolve("probe");
        String probeFile = Probe.class.getName().replace('.', '/') + ".class";
        Path source = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(probeFile);
        Files.createDirectories(probeClasses.resolve(probeFile).getParent());
        Files.copy(source, probeClasses.resolve(probeFile));
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Files.exists(Path.of(entry).resolve("logback-test.xml")))
                .collect(Collectors.joining(File.pathSeparator)) + File.pathSeparator + probeClasses;
        Path logs = folder.resolve("data").resolve("logs");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
                "-D" + LogSetup.FOLDER_PROPERTY + "=" + logs, "-cp", classPath, Probe.class.getName())
                .redirectErrorStream(true).start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(console).isEmpty();
        List<String> lines = withoutTimes(logs.resolve("licensedesk.log"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("INFO  [main] o.l.app.LogConfigurationTest$Probe - started");
        assertThat(lines.get(1)).isEqualTo("WARN  [main] org.flywaydb.Probe - a warning");
    }

    /** The child process of the test above. */
    static final class Probe {
        public static void main(String[] args) {
            LoggerFactory.getLogger(Probe.class).info("started");
            LoggerFactory.getLogger("org.flywaydb.Probe").info("not at WARN");
            LoggerFactory.getLogger("org.flywaydb.Probe").warn("a warning");
            ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        }
    }

    /** A context as SLF4J's provider makes it: with an MDC adapter, which each event asks for. */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private static LoggerContext fromXml(String logFolder) throws Exception {
        LoggerContext context = newContext();
        context.putProperty(LogSetup.FOLDER_PROPERTY, logFolder);
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(LogConfigurationTest.class.getResource("/logback-as-before.xml"));
        return context;
    }

    private static List<String> levels(LoggerContext context) {
        return context.getLoggerList().stream()
                .filter(logger -> logger.getLevel() != null)
                .map(logger -> logger.getName() + "=" + logger.getLevel())
                .sorted()
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static RollingFileAppender<ILoggingEvent> onlyAppender(LoggerContext context) {
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        Iterator<Appender<ILoggingEvent>> iterator = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        iterator.forEachRemaining(appenders::add);
        assertThat(appenders).hasSize(1);
        for (Logger logger : context.getLoggerList()) {
            if (logger != context.getLogger(Logger.ROOT_LOGGER_NAME)) {
                assertThat(logger.iteratorForAppenders().hasNext()).as(logger.getName()).isFalse();
                assertThat(logger.isAdditive()).isTrue();
            }
        }
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        return (RollingFileAppender<ILoggingEvent>) appenders.get(0);
    }

    private static long size(Object policy, Class<?> declaring, String field) throws Exception {
        Field size = declaring.getDeclaredField(field);
        size.setAccessible(true);
        return ((FileSize) size.get(policy)).getSize();
    }

    /** The file's lines without their leading timestamp. */
    private static List<String> withoutTimes(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(line.indexOf(' ') + 1))
                .toList();
    }
}
