package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a user reads on stderr when a command does not run. A wrong command line: one line naming the problem and
 * the command's usage line, exit status 2. Failed or refused work: one line, exit status 1. Never a stack trace.
 */
final class ErrorReport implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Wide enough that no synopsis wraps: the usage line stays one line. */
    private static final int SYNOPSIS_WIDTH = 1_000;

    @Override
    public int handleParseException(ParameterException wrong, String[] args) {
        printUsageError(wrong.getCommandLine(), problem(wrong));
        return Cli.USAGE;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine where, ParseResult parsed) {
        if (failure instanceof UsageException) {
            printUsageError(where, failure.getMessage());
            return Cli.USAGE;
        }
        PrintWriter err = where.getErr();
        err.println(where.getCommandSpec().qualifiedName() + ": " + Sentences.failure(failure));
        err.flush();
        return Cli.FAILED;
    }

    static void printUsageError(CommandLine where, String problem) {
        PrintWriter err = where.getErr();
        String name = where.getCommandSpec().qualifiedName();
        err.println(name + ": " + Sentences.oneLine(problem));
        String more = where.getParent() == null ? "licensedesk help lists the commands" : name + " --help says more";
        err.println("usage: " + synopsis(where) + "   (" + more + ")");
        err.flush();
    }

    /** The command's synopsis on one line, as its help shows it. */
    static String synopsis(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        boolean autoWidth = usage.autoWidth();
        int width = usage.width();
        try {
            usage.autoWidth(false).width(SYNOPSIS_WIDTH);
            return command.getHelp().synopsis(0).strip();
        } finally {
            usage.width(width).autoWidth(autoWidth);
        }
    }

    private static String problem(ParameterException wrong) {
        if (wrong instanceof UnmatchedArgumentException) {
            return unmatched((UnmatchedArgumentException) wrong);
        }
        if (wrong instanceof MissingParameterException) {
            return missing((MissingParameterException) wrong);
        }
        ArgSpec argument = wrong.getArgSpec();
        if (wrong.getCause() instanceof TypeConversionException && argument != null) {
            return label(argument) + " " + wrong.getCause().getMessage();
        }
        return wrong.getMessage();
    }

    /** "missing REF", "missing the option --out FILE", "option --db needs a value (PATH)". */
    private static String missing(MissingParameterException wrong) {
        List<ArgSpec> missing = wrong.getMissing();
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec
                && wrong.getMessage().startsWith("Missing required parameter for option")) {
            OptionSpec option = (OptionSpec) missing.get(0);
            return "option " + option.longestName() + " needs a value (" + option.paramLabel() + ")";
        }
        return "missing " + missing.stream().map(argument -> argument instanceof OptionSpec
                ? "the option " + ((OptionSpec) argument).longestName() + " " + argument.paramLabel()
                : argument.paramLabel()).collect(Collectors.joining(" and "));
    }

    private static String unmatched(UnmatchedArgumentException wrong) {
        List<String> unmatched = wrong.getUnmatched();
        // An unknown option explains what follows it too: in "--colour red", red is no argument of its own.
        String first = unmatched.stream().filter(ErrorReport::looksLikeOption).findFirst()
                .orElse(unmatched.isEmpty() ? "" : unmatched.get(0));
        String problem;
        if (looksLikeOption(first)) {
            problem = "unknown option " + Sentences.quoted(first);
        } else if (wrong.getCommandLine().getParent() == null) {
            problem = "unknown command " + Sentences.quoted(first);
        } else {
            problem = "unexpected argument " + Sentences.quoted(first);
        }
        List<String> suggestions = wrong.getSuggestions();
        if (!suggestions.isEmpty()) {
            // picocli ranks them; past the first they are seldom what was meant.
            problem += "; did you mean " + suggestions.get(0) + "?";
        }
        return problem;
    }

    /** "--colour" or "-x", but not "-" (a file name) or "-5" (a number). */
    static boolean looksLikeOption(String argument) {
        return argument.length() > 1 && argument.startsWith("-") && !Character.isDigit(argument.charAt(1));
    }

    private static String label(ArgSpec argument) {
        return argument instanceof OptionSpec ? ((OptionSpec) argument).longestName() : argument.paramLabel();
    }
}
