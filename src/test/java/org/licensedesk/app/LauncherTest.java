package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.cli.Cli;
import org.licensedesk.domain.ApplicationStatus;

/** The launcher's choice between a command and the window, and the window's refusal without a display. */
class LauncherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final Cli cli = Cli.standard((db, mode) -> Services.open(db, mode, CLOCK));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private boolean windowOpened;

    private int start(boolean display, String... args) {
        out.reset();
        err.reset();
        windowOpened = false;
        return Launcher.start(args, cli, display, () -> windowOpened = true,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCommandAfterTheDatabaseOptionRunsAndOpensNoWindow() {
        String db = folder.resolve("desk").toString();

        assertThat(start(true, "--db", db, "generate", "3")).isEqualTo(Cli.OK);

        assertThat(windowOpened).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generated 3 applications");
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CLOCK)) {
            assertThat(services.queue().queue(EnumSet.allOf(ApplicationStatus.class))).hasSize(3);
        }
    }

    @Test
    void noArgumentsOrOnlyTheWindowsOptionsOpenTheWindow() {
        for (List<String> args : List.of(List.<String>of(), List.of("--db", "/tmp/desk"),
                List.of("--db=/tmp/desk", "--measure-startup"), List.of("--measure-startup"))) {
            assertThat(start(true, args.toArray(String[]::new))).as("%s", args).isEqualTo(Launcher.WINDOW);
            assertThat(windowOpened).as("%s", args).isTrue();
        }
    }

    @Test
    void theWindowsPlainOptionsOpenItWithoutBuildingTheCommandLine() {
        for (List<String> args : List.of(List.<String>of(), List.of("--db", "/tmp/desk"),
                List.of("--db=/tmp/desk", "--measure-startup"), List.of("--measure-startup", "--db", "./desk"))) {
            windowOpened = false;
            int status = Launcher.start(args.toArray(String[]::new), () -> {
                throw new AssertionError("the command line was built for " + args);
            }, true, () -> windowOpened = true, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).as("%s", args).isEqualTo(Launcher.WINDOW);
            assertThat(windowOpened).as("%s", args).isTrue();
        }
    }

    @Test
    void whatIsPlainlyTheWindowIsWhatTheCommandLineCallsTheWindow() {
        for (List<String> args : List.of(List.<String>of(), List.of("--db", "/tmp/desk"), List.of("--db=/tmp/desk"),
                List.of("--measure-startup"), List.of("--db", "desks/desk", "--measure-startup"),
                List.of("--db", "jdbc:postgresql://127.0.0.1/bureau"))) {
            assertThat(Cli.plainlyWantsWindow(args.toArray(String[]::new))).as("%s", args).isTrue();
            assertThat(cli.wantsWindow(args.toArray(String[]::new))).as("%s", args).isTrue();
        }
        // Anything else is decided by the command line itself: commands, help, wrong lines, and a --db value without
        // a folder, which could be a command's name.
        assertThat(cli.wantsWindow(new String[] {"--db", "show"})).isFalse();
        assertThat(cli.wantsWindow(new String[] {"--db", "desk"})).isTrue();
        for (List<String> args : List.of(List.of("--db", "show"), List.of("--db", "desk"), List.of("help"),
                List.of("--help"), List.of("--version"),
                List.of("--db"), List.of("--db", "--measure-startup"), List.of("--db="),
                List.of("--db", "a", "--db", "b"), List.of("--measure-startup", "--measure-startup"),
                List.of("--db", "/tmp/desk", "show", "EXP-2026-000001"), List.of("--colour"))) {
            assertThat(Cli.plainlyWantsWindow(args.toArray(String[]::new))).as("%s", args).isFalse();
        }
    }

    @Test
    void helpVersionAndWrongCommandLinesStayOnTheCommandLine() {
        assertThat(start(true, "--help")).isEqualTo(Cli.OK);
        assertThat(start(true, "--version")).isEqualTo(Cli.OK);
        assertThat(start(true, "--db", "/tmp/desk", "--colour")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).startsWith("licensedesk: unknown option '--colour'");
        assertThat(start(true, "--db")).isEqualTo(Cli.USAGE);
        assertThat(start(true, "shwo", "EXP-2026-000001")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("did you mean show?");
        assertThat(windowOpened).isFalse();
    }

    @Test
    void withoutADisplayTheWindowIsRefusedInOneSentence() {
        assertThat(start(false)).isEqualTo(Cli.FAILED);

        assertThat(windowOpened).isFalse();
        assertThat(stderr()).isEqualTo(GraphicalSession.NO_DISPLAY + System.lineSeparator());
        assertThat(GraphicalSession.NO_DISPLAY).isEqualTo("No display found: LicenseDesk's window needs a graphical "
                + "session; use a command such as `show` or `help` here");

        assertThat(start(false, "help")).as("commands need no display").isEqualTo(Cli.OK);
    }

    @Test
    void aDisplayThatDoesNotAnswerIsOneSentenceToo() {
        int status = Launcher.start(new String[0], cli, true, () -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Cli.FAILED);
        assertThat(stderr()).isEqualTo("The display did not answer (Unable to open DISPLAY): LicenseDesk's window "
                + "needs a graphical session; use a command such as `show` or `help` here" + System.lineSeparator());
    }

    @Test
    void aDisplayIsAnXOrWaylandSessionOrMonocleAskedFor() {
        Properties none = new Properties();
        assertThat(GraphicalSession.available("Linux", Map.of(), none)).isFalse();
        assertThat(GraphicalSession.available("Linux", Map.of("DISPLAY", " "), none)).isFalse();
        assertThat(GraphicalSession.available("Linux", Map.of("DISPLAY", ":99"), none)).isTrue();
        assertThat(GraphicalSession.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), none)).isTrue();
        assertThat(GraphicalSession.available("FreeBSD", Map.of(), none)).isFalse();
        assertThat(GraphicalSession.available("Windows 11", Map.of(), none)).isTrue();
        assertThat(GraphicalSession.available("Mac OS X", Map.of(), none)).isTrue();

        Properties monocle = new Properties();
        monocle.setProperty("glass.platform", "Monocle");
        monocle.setProperty("monocle.platform", "Headless");
        assertThat(GraphicalSession.available("Linux", Map.of(), monocle)).isTrue();
    }

    /** The real main class in its own JVM, as a user starts it over ssh: no stack trace, one sentence, exit 1. */
    @Test
    void theLauncherWithoutADisplaySaysSoAndExitsOne() throws Exception {
        Process process = launcher(List.of("--db", folder.resolve("desk").toString()));

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(Cli.FAILED);
        assertThat(Files.readString(folder.resolve("stderr.txt")).strip()).isEqualTo(GraphicalSession.NO_DISPLAY);
        assertThat(folder.resolve("desk.mv.db")).as("nothing was opened").doesNotExist();
    }

    /** The real main class with the database option before the command: the command runs. */
    @Test
    void theLauncherRunsACommandAfterTheDatabaseOption() throws Exception {
        Process process = launcher(List.of("--db", folder.resolve("desk").toString(), "generate", "2"));

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("stderr.txt"))).isEqualTo(Cli.OK);
        assertThat(Files.readString(folder.resolve("stdout.txt"))).contains("generated 2 applications");
    }

    private Process launcher(List<String> args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(folder.resolve("stdout.txt").toFile())
                .redirectError(folder.resolve("stderr.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("LICENSEDESK_DB");
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}
