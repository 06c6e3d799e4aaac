package org.licensedesk.cli;

import java.io.PrintStream;
import org.licensedesk.domain.User;
import org.licensedesk.screening.ScreeningRefusedException;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.screening.ThresholdChange;

/**
 * {@code screening-threshold N}: a supervisor sets the screening match threshold (50 to 100) and the open
 * applications are screened again with it; without N it prints the threshold in force.
 */
public final class ScreeningThresholdCommand implements Command {
    private final BackendOpener opener;
    private final SignInOptions signIn;

    public ScreeningThresholdCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ScreeningThresholdCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    public String name() {
        return "screening-threshold";
    }

    @Override
    public String usage() {
        return "screening-threshold [N] [--user USER] [--db PATH]    show, or as a supervisor set ("
                + ScreeningService.MIN_THRESHOLD + "-" + ScreeningService.MAX_THRESHOLD
                + "), the screening match threshold; open applications are screened again";
    }

    @Override
    public void run(CommandLine arguments, PrintStream out, PrintStream err) {
        if (arguments.positional().size() > 2) {
            throw new UsageException("unexpected argument " + arguments.positional().get(2));
        }
        Integer threshold = null;
        if (arguments.positional().size() == 2) {
            try {
                threshold = Integer.valueOf(arguments.positional().get(1));
            } catch (NumberFormatException e) {
                throw new UsageException("the threshold must be a whole number from " + ScreeningService.MIN_THRESHOLD
                        + " to " + ScreeningService.MAX_THRESHOLD + ", not " + arguments.positional().get(1));
            }
        }
        try (Backend backend = opener.open(arguments.databaseOption(), BackendOpener.Mode.EXISTING)) {
            if (threshold == null) {
                out.println("screening threshold " + backend.screening().threshold());
                return;
            }
            User user = signIn.signIn(arguments, backend.accounts());
            ThresholdChange change = backend.screening().setThreshold(threshold, user);
            out.println("screening threshold changed from " + change.from() + " to " + change.to() + "; screened "
                    + change.rescreened() + " open applications again, " + change.applicationsWithHits()
                    + " with hits");
        } catch (ScreeningRefusedException e) {
            throw new CommandFailure("refused: " + e.getMessage());
        }
    }
}
