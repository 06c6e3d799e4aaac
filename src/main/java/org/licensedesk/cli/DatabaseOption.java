package org.licensedesk.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db PATH} on a command that opens a database ({@code @Mixin DatabaseOption database;}); the same option
 * given before the command ({@code licensedesk --db PATH show REF}) counts too.
 */
public final class DatabaseOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = MainCommand.DATABASE_OPTION, paramLabel = "PATH", description = "The database file "
            + "without .mv.db, or a PostgreSQL server jdbc:postgresql://host:port/name (default: $LICENSEDESK_DB, else "
            + "the per-user data folder).")
    String path;

    /** The path given after the command or before it; null for the default place. */
    String value() {
        return resolve(command, path);
    }

    /** Opens the services on the database; {@code mode} says what to do when there is no file yet. */
    Backend open(BackendOpener opener, BackendOpener.Mode mode) {
        return opener.open(value(), mode);
    }

    /** The {@code --db} given after the command ({@code afterCommand}, may be null) or before it; null for neither. */
    static String resolve(CommandSpec command, String afterCommand) {
        String before = beforeCommand(command);
        if (before != null && afterCommand != null && !before.equals(afterCommand)) {
            throw new UsageException("two databases: --db " + before + " before the command and --db " + afterCommand
                    + " after it; give one");
        }
        return afterCommand != null ? afterCommand : before;
    }

    /** The {@code --db} given before the command, or null. */
    static String beforeCommand(CommandSpec command) {
        OptionSpec option = command.root().findOption(MainCommand.DATABASE_OPTION);
        return option == null ? null : option.getValue();
    }
}
