package org.licensedesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line, parsed by picocli: options before or after the command, each command's {@code --help},
 * {@code --version}, {@code completion}. Exit status: 0 success, 1 the work failed or was refused, 2 the command line
 * was wrong. Errors are one line on stderr (a wrong command line adds the usage line); see {@link ErrorReport}.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Words after which picocli prints or completes the whole set of commands. */
    private static final Set<String> WANT_ALL = Set.of("help", "completion", "-h", "--help", "-V", "--version");

    private final CommandLine commandLine;
    private final ErrorReport errors = new ErrorReport();

    /** The commands under {@code licensedesk}, plus {@code help}. Tests pass the few they exercise. */
    public Cli(List<? extends DeskCommand> commands) {
        commandLine = new CommandLine(new MainCommand());
        commands.forEach(commandLine::addSubcommand);
        commandLine.addSubcommand(new HelpCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Values.registerWith(commandLine);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
    }

    /** Every command, on databases the opener opens. */
    public static Cli standard(BackendOpener opener) {
        return new Cli(commands(opener));
    }

    /**
     * As {@link #standard(BackendOpener)}, for these arguments: only the commands they name are handed to picocli,
     * whose model of all 30 took a good part of every command's start (issue 11: 0.3-1.3 s with the loaded machine,
     * before the export or check began). Arguments that may need the others (help, version, completion, an @-file,
     * or no command named at all) get every command, so what they print is unchanged.
     */
    public static Cli standard(BackendOpener opener, String[] args) {
        return new Cli(named(commands(opener), args));
    }

    private static List<DeskCommand> commands(BackendOpener opener) {
        return List.of(new GenerateCommand(opener), new ShowCommand(opener), new ImportCommand(opener),
                new ExportAuditCommand(opener), new ExportHistoryCommand(opener), new VerifyAuditCommand(opener),
                new AuditCheckpointCommand(opener),
                new ScreeningImportCommand(opener), new ScreeningThresholdCommand(opener),
                new ScreeningDisposeCommand(opener),
                new CountersignThresholdCommand(opener),
                new CalendarImportCommand(opener), new FlagRulesCommand(opener), new FlagsCommand(opener),
                new BenchmarkQueueCommand(opener), new BenchmarkHistoryCommand(opener),
                new BenchmarkDashboardsCommand(opener), new BenchmarkTeamCommand(opener), new BenchmarkCommand(opener),
                new LicencesCommand(opener), new ImportShipmentsCommand(opener),
                new LicenceActionCommand.Suspend(opener), new LicenceActionCommand.Reinstate(opener),
                new LicenceActionCommand.Revoke(opener), new LicenceActionCommand.Surrender(opener),
                new LetterCommand(opener), new VerifyLetterCommand(opener), new AppealCommand(opener),
                new AmendmentCommand(opener), new CopyStoreCommand(opener),
                new CompletionCommand());
    }

    /** The commands whose name is one of the arguments; all of them when the arguments may need more. */
    static List<DeskCommand> named(List<DeskCommand> commands, String[] args) {
        Set<String> words = new HashSet<>(Arrays.asList(args));
        if (words.stream().anyMatch(word -> WANT_ALL.contains(word) || word.startsWith("@"))) {
            return commands;
        }
        List<DeskCommand> named = commands.stream()
                .filter(command -> {
                    Command names = command.getClass().getAnnotation(Command.class);
                    return names != null && (words.contains(names.name())
                            || Arrays.stream(names.aliases()).anyMatch(words::contains));
                })
                .toList();
        return named.isEmpty() ? commands : named;
    }

    /**
     * Whether these arguments ask for the window: they name no command and no help or version, and parse (only the
     * window's options, such as {@code --db PATH} and {@code --measure-startup}). A wrong command line is the
     * command line's to report, so it is not a window.
     */
    public boolean wantsWindow(String[] args) {
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            return !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (ParameterException e) {
            return false;
        }
    }

    /**
     * Whether these arguments plainly ask for the window: none, or only {@code --db PATH} (a path with a folder in
     * it, or {@code --db=PATH}) and {@code --measure-startup}, each at most once. Decided without building the command line, whose thirty commands
     * took 0.5-2.6 s to load before the window could start (issue 11, launch to painted queue); false sends the
     * arguments to {@link #wantsWindow}, which decides every other case.
     */
    public static boolean plainlyWantsWindow(String[] args) {
        boolean database = false;
        boolean measure = false;
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (argument.equals("--measure-startup") && !measure) {
                measure = true;
            } else if (argument.startsWith(MainCommand.DATABASE_OPTION + "=") && !database
                    && argument.length() > MainCommand.DATABASE_OPTION.length() + 1) {
                database = true;
            } else if (argument.equals(MainCommand.DATABASE_OPTION) && !database && i + 1 < args.length
                    && isPlainlyAPath(args[i + 1])) {
                database = true;
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** A path with a folder in it (or a server URL): never a command's name, which {@code --db NAME} could be. */
    private static boolean isPlainlyAPath(String value) {
        return !value.startsWith("-") && (value.contains("/") || value.contains("\\") || value.contains(":"));
    }

    /** The names of the commands, {@code help} included, in the order the help lists them. */
    List<String> commandNames() {
        return List.copyOf(commandLine.getSubcommands().keySet());
    }

    /**
     * {@code verify-audit FILE} and nothing else, FILE plainly a path (not empty, not an option, not an @-file):
     * checks the file without building the command line, and answers its exit status; null for any other arguments,
     * which {@link #run} answers. What it prints and its exit status are the command's through picocli
     * (PlainFileCheckTest compares them): picocli's model and three parses of two words were 0.2-0.6 s of a check
     * whose raw yardstick takes 1.2 s in all (issue 11).
     */
    public static Integer runPlainFileCheck(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals(VerifyAuditCommand.NAME) || args[1].isEmpty()
                || args[1].startsWith("-") || args[1].startsWith("@")) {
            return null;
        }
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (InvalidPathException e) {
            return null;
        }
        PrintWriter outWriter = writer(out);
        PrintWriter errWriter = writer(err);
        try {
            VerifyAuditCommand.checkFile(file, outWriter);
            return OK;
        } catch (OutOfMemoryError e) {
            outOfMemory(errWriter);
            return FAILED;
        } catch (Exception e) {
            // As ErrorReport answers a failed command.
            errWriter.println(MainCommand.NAME + " " + VerifyAuditCommand.NAME + ": " + Sentences.failure(e));
            return FAILED;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Runs the command the arguments name; returns the exit status. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = writer(out);
        PrintWriter errWriter = writer(err);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        try {
            ParameterException problem = firstProblem(args);
            if (problem != null) {
                return errors.handleParseException(problem, args);
            }
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            outOfMemory(errWriter);
            return FAILED;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static void outOfMemory(PrintWriter err) {
        err.println("licensedesk: ran out of memory (the Java heap is limited to "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); start it with more, for example "
                + "LICENSEDESK_JAVA_OPTS=-Xmx2g");
    }

    /**
     * The problem of the command line to report first, or null when it parses. picocli stops at the first problem it
     * meets, which for {@code show --hepl} is the missing REF and for {@code generate --colour red} the N "red"; a
     * misspelt option explains both, so unknown options come first.
     */
    private ParameterException firstProblem(String[] args) {
        setCollectErrors(commandLine, true);
        try {
            List<Exception> problems = new ArrayList<>();
            for (ParseResult parsed = commandLine.parseArgs(args); parsed != null; parsed = parsed.subcommand()) {
                problems.addAll(parsed.errors());
            }
            return problems.stream()
                    .filter(ParameterException.class::isInstance)
                    .map(ParameterException.class::cast)
                    .min(Comparator.comparing(Cli::rank))
                    .orElse(null);
        } catch (ParameterException e) {
            return e;
        } finally {
            setCollectErrors(commandLine, false);
        }
    }

    /** Unknown options first, then wrong or missing values, then words left over (often a wrong value's echo). */
    private static int rank(ParameterException problem) {
        if (!(problem instanceof UnmatchedArgumentException)) {
            return 1;
        }
        boolean option = ((UnmatchedArgumentException) problem).getUnmatched().stream()
                .anyMatch(ErrorReport::looksLikeOption);
        return option ? 0 : 2;
    }

    private static void setCollectErrors(CommandLine command, boolean collect) {
        command.getCommandSpec().parser().collectErrors(collect);
        command.getSubcommands().values().forEach(subcommand -> setCollectErrors(subcommand, collect));
    }

    /** A writer that prints through the stream, so text is encoded as the stream encodes it. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                stream.print(new String(buffer, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
