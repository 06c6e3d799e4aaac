package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.licensedesk.domain.User;
import org.licensedesk.domain.flags.Flag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flags REF} lists an application's risk flags, open and cleared; {@code flags REF --clear ID --note TEXT}
 * clears one, as an official its rule allows (audited {@code FLAG_CLEARED}).
 */
@Command(name = "flags", description = {"List an application's risk flags, or clear one with a note.",
        "Without --clear: each flag with its number, colour, subject, rule and reason, who raised it and, once cleared, "
                + "who cleared it and why. --clear ID --note TEXT clears an open flag (signs in: the rule says who may)."})
public final class FlagsCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "REF", description = "The application's reference.")
    String reference;

    @Option(names = "--clear", paramLabel = "ID", description = "The number of the flag to clear.")
    Long clear;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why the risk is settled (at least 10 characters).")
    String note;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public FlagsCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    FlagsCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (clear != null && note == null) {
            throw new UsageException("--clear needs --note TEXT, why the risk is settled");
        }
        if (clear == null && note != null) {
            throw new UsageException("--note goes with --clear ID");
        }
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            if (clear != null) {
                User user = signIn.signIn(backend.accounts());
                if (backend.flags().flags(reference).stream().noneMatch(flag -> flag.id() == clear)) {
                    throw new CommandFailure("There is no flag " + clear + " on " + reference + "; flags " + reference
                            + " lists its flags with their numbers.");
                }
                Flag cleared = backend.flags().clear(user, clear, note);
                out.println("cleared " + line(cleared));
                return;
            }
            backend.workflow().state(reference);
            List<Flag> flags = backend.flags().flags(reference);
            flags.forEach(flag -> out.println(line(flag)));
            if (flags.isEmpty()) {
                out.println(reference + " has no flags");
            }
        }
    }

    static String line(Flag flag) {
        String state = flag.open() ? (flag.blocks() ? "open, blocks approval" : "open")
                : "cleared by " + flag.clearedBy() + " at " + flag.clearedAt() + ": " + flag.clearNote();
        return flag.id() + "  " + flag.rule().colour().name().toLowerCase(Locale.ROOT) + "  "
                + flag.subject().name() + "  rule " + flag.rule().id() + " (" + flag.rule().condition() + ")  "
                + flag.rule().reason() + "  raised by " + flag.raisedBy() + " at " + flag.raisedAt() + "  " + state;
    }
}
