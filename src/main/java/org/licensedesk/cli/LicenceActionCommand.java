package org.licensedesk.cli;

import java.io.PrintWriter;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code suspend-licence}, {@code reinstate-licence}, {@code revoke-licence}, {@code surrender-licence}: one licence
 * action with its reason, through the licence service's rules (supervisors suspend, reinstate and revoke; any
 * official records a surrender the holder asked for). Each is its own subclass so picocli lists it by name.
 */
public abstract class LicenceActionCommand extends DeskCommand {
    private final BackendOpener opener;
    private final LicenceAction action;

    @Parameters(paramLabel = "NUMBER", description = "The licence number, such as LD-2026-000123.")
    String number;

    @Option(names = "--reason", paramLabel = "TEXT", required = true,
            description = "Why (for a surrender: the holder's request); it goes into the audit trail.")
    String reason;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    LicenceActionCommand(BackendOpener opener, SignInOptions signIn, LicenceAction action) {
        this.opener = opener;
        this.signIn = signIn;
        this.action = action;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            Licence licence = backend.licences().change(user, number, action, reason);
            out.println("licence " + licence.number() + " is now " + licence.status(backend.licences().today()));
        }
    }

    @Command(name = "suspend-licence", description = {"Suspend a licence (supervisors; Art. 18(4)).",
            "No shipment can be recorded against it until it is reinstated."})
    public static final class Suspend extends LicenceActionCommand {
        public Suspend(BackendOpener opener) {
            this(opener, SignInOptions.fromSystem());
        }

        Suspend(BackendOpener opener, SignInOptions signIn) {
            super(opener, signIn, LicenceAction.SUSPEND);
        }
    }

    @Command(name = "reinstate-licence", description = {"Reinstate a suspended licence (supervisors)."})
    public static final class Reinstate extends LicenceActionCommand {
        public Reinstate(BackendOpener opener) {
            this(opener, SignInOptions.fromSystem());
        }

        Reinstate(BackendOpener opener, SignInOptions signIn) {
            super(opener, signIn, LicenceAction.REINSTATE);
        }
    }

    @Command(name = "revoke-licence", description = {"Revoke a licence (supervisors; Art. 18(4), 20). Final."})
    public static final class Revoke extends LicenceActionCommand {
        public Revoke(BackendOpener opener) {
            this(opener, SignInOptions.fromSystem());
        }

        Revoke(BackendOpener opener, SignInOptions signIn) {
            super(opener, signIn, LicenceAction.REVOKE);
        }
    }

    @Command(name = "surrender-licence", description = {"Record a licence surrendered on the holder's request. Final."})
    public static final class Surrender extends LicenceActionCommand {
        public Surrender(BackendOpener opener) {
            this(opener, SignInOptions.fromSystem());
        }

        Surrender(BackendOpener opener, SignInOptions signIn) {
            super(opener, signIn, LicenceAction.SURRENDER);
        }
    }
}
