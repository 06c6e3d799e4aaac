package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One headless command. A subclass declares its name, description, options and parameters with picocli's
 * annotations and does its work in {@link #run}; it throws {@link UsageException} for a wrong command line (exit 2,
 * with the usage line) and {@link CommandFailure}, or lets a service's refusal through, when the work fails (exit 1,
 * one line). {@link Cli} turns both into what the user reads.
 */
@Command(sortOptions = false, sortSynopsis = false, usageHelpAutoWidth = true)
public abstract class DeskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            run(out, spec.commandLine().getErr());
        } finally {
            out.flush();
        }
        return Cli.OK;
    }

    /** Does the command's work: results on {@code out}, progress on {@code err}. */
    abstract void run(PrintWriter out, PrintWriter err);
}
