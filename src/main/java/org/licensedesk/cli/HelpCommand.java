package org.licensedesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code help [COMMAND]}: licensedesk's help with the list of commands, or one command's help. */
@Command(name = "help", description = {"Print the list of commands, or one command's help.",
        "licensedesk help COMMAND is the same as licensedesk COMMAND --help."})
public final class HelpCommand extends DeskCommand {
    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to describe.")
    String command;

    @Override
    void run(PrintWriter out, PrintWriter err) {
        CommandLine root = spec.root().commandLine();
        if (command == null) {
            root.usage(out);
            return;
        }
        CommandLine described = root.getSubcommands().get(command);
        if (described == null) {
            throw new UsageException("there is no command " + Sentences.quoted(command));
        }
        described.usage(out);
    }
}
