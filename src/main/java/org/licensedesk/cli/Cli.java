package org.licensedesk.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.licensedesk.store.StoreException;

/**
 * Runs headless commands without opening a window. Exit status: 0 success, 1 the work failed,
 * 2 the command line was wrong. Errors are one line on stderr.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    public static Cli standard(BackendOpener opener) {
        return new Cli(List.of(new GenerateCommand(opener), new ShowCommand(opener), new ExportAuditCommand(opener),
                new VerifyAuditCommand(opener), new BenchmarkQueueCommand(opener), new BenchmarkTeamCommand(opener),
                new BenchmarkDashboardsCommand(opener), new ImportCommand(opener), new ScreeningImportCommand(opener),
                new ScreeningThresholdCommand(opener), new ExportHistoryCommand(opener),
                new BenchmarkHistoryCommand(opener)));
    }

    public boolean handles(String word) {
        return commands.containsKey(word) || "help".equals(word) || "--help".equals(word);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, Set.of("help"), Set.of("db"));
        } catch (UsageException e) {
            err.println("licensedesk: " + e.getMessage());
            return USAGE;
        }
        if (line.positional().isEmpty() || "help".equals(line.positional().get(0)) || line.has("help")) {
            printHelp(out);
            return OK;
        }
        Command command = commands.get(line.positional().get(0));
        if (command == null) {
            err.println("licensedesk: unknown command '" + line.positional().get(0) + "' (try: licensedesk help)");
            return USAGE;
        }
        try {
            command.run(line, out, err);
            out.flush();
            return OK;
        } catch (UsageException e) {
            err.println("licensedesk " + command.name() + ": " + e.getMessage() + "; usage: " + command.usage());
            return USAGE;
        } catch (CommandFailure | StoreException e) {
            err.println("licensedesk " + command.name() + ": " + oneLine(e.getMessage()));
            return FAILED;
        } catch (RuntimeException e) {
            err.println("licensedesk " + command.name() + ": unexpected error: " + oneLine(String.valueOf(e)));
            return FAILED;
        }
    }

    private void printHelp(PrintStream out) {
        out.println("LicenseDesk commands (all take --db PATH; default: $LICENSEDESK_DB or the per-user data folder):");
        commands.values().forEach(command -> out.println("  " + command.usage()));
        out.println("Without a command, LicenseDesk opens its window.");
    }

    static String oneLine(String message) {
        return message == null ? "no detail" : message.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
