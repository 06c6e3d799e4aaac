package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.domain.licence.RecordedShipment;
import org.licensedesk.licence.LicenceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code licences [NUMBER] [--status S] [--holder TEXT] [--element SYM] [--expiring-within DAYS]}: the licences as the
 * Licences view lists them, or one licence whole. Expiries found are recorded first (once each, in the audit trail).
 */
@Command(name = "licences", description = {"List licences, or show one whole (Art. 15, 18).",
        "Filters combine; licences whose validity has passed are recorded EXPIRED first (once each)."})
public final class LicencesCommand extends DeskCommand {
    private static final int LIMIT = 500;

    private final BackendOpener opener;

    @Parameters(paramLabel = "NUMBER", arity = "0..1", description = "Show this licence whole instead of the list.")
    String number;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "ACTIVE, SUSPENDED, REVOKED, SURRENDERED, EXHAUSTED or EXPIRED.")
    LicenceStatus status;

    @Option(names = "--holder", paramLabel = "TEXT", description = "Part of the holder's name, or its USCC.")
    String holder;

    @Option(names = "--element", paramLabel = "SYMBOL", description = "An element licensed, such as Dy.")
    String element;

    @Option(names = "--expiring-within", paramLabel = "DAYS", description = "Active or suspended licences whose "
            + "validity ends within this many days.")
    Integer expiringWithin;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public LicencesCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    LicencesCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (expiringWithin != null && expiringWithin < 0) {
            throw new UsageException("--expiring-within must be 0 or more days, not " + expiringWithin);
        }
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            LicenceService licences = backend.licences();
            int expired = licences.recordExpiries(user);
            if (expired > 0) {
                err.println("recorded " + expired + (expired == 1 ? " licence" : " licences") + " as EXPIRED");
            }
            if (number != null) {
                show(out, licences.licence(number), licences);
                return;
            }
            List<LicenceSummary> rows = licences.list(new LicenceFilter(status, holder, element,
                    expiringWithin, licences.today()), LIMIT);
            for (LicenceSummary row : rows) {
                out.printf("%-16s %-16s %-11s %-7s %s to %s  %-8s %s%n", row.number(), row.applicationRef(),
                        row.storedStatus(), row.type(), row.validFrom(), row.validUntil(), row.elements(),
                        row.holderName());
            }
            out.println(rows.size() + (rows.size() == 1 ? " licence" : " licences")
                    + (rows.size() == LIMIT ? " (the first " + LIMIT + "; narrow the filters)" : ""));
        }
    }

    private static void show(PrintWriter out, Licence licence, LicenceService licences) {
        out.println("licence       " + licence.number() + " (" + licence.type() + "), "
                + licence.status(licences.today()) + (licence.statusReason() == null ? ""
                : ": " + licence.statusReason()));
        out.println("application   " + licence.applicationRef());
        out.println("holder        " + licence.holderName() + " (USCC " + licence.holderUscc() + "), "
                + licence.contactName() + ", " + licence.contactPhone() + ", " + licence.contactEmail());
        out.println("valid         " + licence.validFrom() + " to " + licence.validUntil());
        out.println("port          " + (licence.portOfExport() == null ? "-" : licence.portOfExport()));
        out.println("end use       " + licence.endUse());
        for (LicensedParty party : licence.parties()) {
            out.println(String.format("%-13s ", party.role().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')) + party.name() + ", " + party.address() + ", " + party.country());
        }
        for (LicensedItem item : licence.items()) {
            out.printf("item %d        %s %s %s: %s %s licensed, %s %s shipped, %s %s left%n", item.lineNo(),
                    item.controlCode(), item.elementSymbol(), item.description(), plain(item.quantity()), item.unit(),
                    plain(item.shipped()), item.unit(), plain(item.remaining()), item.unit());
        }
        licence.conditions().forEach(condition -> out.println("condition     " + condition));
        licence.riders().forEach(rider -> out.println("rider         " + rider));
        for (RecordedShipment shipment : licences.shipments(licence.number())) {
            StringBuilder lines = new StringBuilder();
            shipment.lines().forEach(line -> lines.append(lines.isEmpty() ? "" : ", ").append("line ")
                    .append(line.itemLine()).append(' ').append(plain(line.quantity())).append(' ')
                    .append(line.unit()));
            out.println("shipment      " + shipment.shippedOn() + " " + shipment.customsDeclaration() + " to "
                    + shipment.consignee() + ": " + lines);
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
