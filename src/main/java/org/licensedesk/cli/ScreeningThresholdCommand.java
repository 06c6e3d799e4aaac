package org.licensedesk.cli;

import java.io.PrintWriter;
import org.licensedesk.domain.User;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.screening.ThresholdChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code screening-threshold N}: a supervisor sets the screening match threshold (50 to 100) and the open
 * applications are screened again with it; without N it prints the threshold in force.
 */
@Command(name = "screening-threshold", description = {"Print the screening match threshold, or set it (supervisors).",
        "Setting it screens the open applications again."})
public final class ScreeningThresholdCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "N", arity = "0..1", description = "The new threshold, a whole number from "
            + ScreeningService.MIN_THRESHOLD + " to " + ScreeningService.MAX_THRESHOLD + ".")
    Integer threshold;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ScreeningThresholdCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ScreeningThresholdCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            if (threshold == null) {
                out.println("screening threshold " + backend.screening().threshold());
                return;
            }
            User user = signIn.signIn(backend.accounts());
            ThresholdChange change = backend.screening().setThreshold(threshold, user);
            out.println("screening threshold changed from " + change.from() + " to " + change.to() + "; screened "
                    + change.rescreened() + " open applications again, " + change.applicationsWithHits()
                    + " with hits");
        }
    }
}
