package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.licensedesk.domain.User;
import org.licensedesk.licence.ShipmentImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code import-shipments FILE}: records holders' shipment reports (Art. 18(1)) from a {@code licensedesk.shipments}
 * file, all or none, with every problem on stderr as {@code pointer: message} and exit status 1.
 */
@Command(name = "import-shipments", description = {"Record holders' shipment reports from a JSON file, all or none.",
        "A licensedesk.shipments file (schema in the README) with any problem, including a shipment the licence "
                + "refuses (above the remaining quantity, outside validity, to a party not on the licence, under a "
                + "suspended or revoked licence), is refused whole: every problem is listed and nothing is written."})
public final class ImportShipmentsCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "FILE", description = "The shipments file (format licensedesk.shipments, version 1).")
    Path file;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ImportShipmentsCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ImportShipmentsCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            ShipmentImport.Result result = new ShipmentImport(backend.licences()).importFile(user, file);
            if (!result.ok()) {
                result.problems().forEach(problem -> err.println(problem.line()));
                throw new CommandFailure("refused " + file + ": " + result.problems().size()
                        + (result.problems().size() == 1 ? " problem" : " problems") + " (listed above); no "
                        + "shipment was recorded and the database is unchanged");
            }
            out.println("recorded " + result.recorded() + (result.recorded() == 1 ? " shipment" : " shipments"));
        }
    }
}
