package org.licensedesk.cli;

import java.io.PrintStream;

/** One headless command, such as {@code show REF}. */
public interface Command {
    String name();

    /** One line of usage, shown by {@code help} and on a usage error. */
    String usage();

    /** Runs the command; returns normally on success, throws {@link CommandFailure} or {@link UsageException}. */
    void run(CommandLine arguments, PrintStream out, PrintStream err);
}
