package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.licence.LicenceFixture;
import org.licensedesk.store.Database;

/** The licence commands through the launcher's wiring, on a real database with one approved licence. */
class LicenceCommandsTest {
    private static PasswordHash hash;

    @TempDir
    Path folder;
    private String db;
    private String number;
    private final CommandConsole console = new CommandConsole();

    @BeforeAll
    static void hashPasswordOnce() {
        hash = new PasswordHasher().hash(CommandConsole.PASSWORD.toCharArray());
    }

    @BeforeEach
    void createDatabaseWithALicence() {
        db = CommandConsole.createDatabase(folder, hash, LicenceFixture.LI_NA, LicenceFixture.ZHAO_LEI);
        try (Database database = Database.openExisting(Path.of(db))) {
            LicenceFixture fixture = new LicenceFixture(database, CommandConsole.CLOCK);
            number = fixture.licenceNumberOf(fixture.approved(LocalDate.of(2026, 1, 5)));
        }
    }

    private Licence licence() {
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CommandConsole.CLOCK)) {
            return services.licences().licence(number);
        }
    }

    private Path shipments(String body) throws Exception {
        Path file = folder.resolve("shipments.json");
        Files.writeString(file, "{\"format\": \"licensedesk.shipments\", \"formatVersion\": 1, \"shipments\": ["
                + body + "]}");
        return file;
    }

    private String shipment(String declaration, String date, String consignee, String lines) {
        return "{\"licenceNumber\": \"" + number + "\", \"shippedOn\": \"" + date + "\", \"consignee\": \"" + consignee
                + "\", \"customsDeclaration\": \"" + declaration + "\", \"lines\": [" + lines + "]}";
    }

    @Test
    void importShipmentsRecordsAllAndDrawsDown() throws Exception {
        Path file = shipments(shipment("CD-1", "2026-01-20", "Hanseatic Metals GmbH",
                "{\"itemLine\": 1, \"quantity\": \"0.1\", \"unit\": \"T\"}") + ", "
                + shipment("CD-2", "2026-02-20", " Bavaria Magnet Works AG ",
                "{\"itemLine\": 2, \"quantity\": \"12.5\", \"unit\": \"G\"}"));

        assertThat(console.run("li.na", ImportShipmentsCommand::new, "import-shipments", file.toString(), "--db", db))
                .as(console.stderr()).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo("recorded 2 shipments");
        Licence after = licence();
        assertThat(after.item(1).orElseThrow().remaining()).isEqualByComparingTo("400");
        assertThat(after.item(2).orElseThrow().remaining()).isEqualByComparingTo("0.2499875");
    }

    @Test
    void oneRefusedShipmentRefusesTheFileWithPointersAndWritesNothing() throws Exception {
        Path file = shipments(shipment("CD-1", "2026-01-20", "Hanseatic Metals GmbH",
                "{\"itemLine\": 1, \"quantity\": \"1\", \"unit\": \"KG\"}") + ", "
                + shipment("CD-2", "2026-01-21", "Nobody Ltd", "{\"itemLine\": 1, \"quantity\": \"1\", \"unit\": \"KG\"}")
                + ", " + shipment("CD-3", "2026-01-22", "Hanseatic Metals GmbH",
                "{\"itemLine\": 1, \"quantity\": \"600\", \"unit\": \"KG\"}"));

        assertThat(console.run("li.na", ImportShipmentsCommand::new, "import-shipments", file.toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(console.stderr().lines()).containsExactly(
                "/shipments/1: \"Nobody Ltd\" is not a party on licence " + number
                        + "; goods may go only to the consignee or end user it names.",
                "/shipments/2: Item line 1 of " + number + " has 499 KG left; the shipment of 600 KG is more than that.",
                "licensedesk import-shipments: refused " + file + ": 2 problems (listed above); no shipment was recorded and the "
                        + "database is unchanged");
        assertThat(licence().item(1).orElseThrow().shipped()).isEqualByComparingTo("0");
    }

    @Test
    void aFileAgainstTheSchemaIsRefusedWithPointers() throws Exception {
        Path file = shipments("{\"licenceNumber\": \"" + number + "\", \"shippedOn\": \"2026-13-01\", "
                + "\"consignee\": \"Hanseatic Metals GmbH\", \"customsDeclaration\": \"CD 1\", \"colour\": \"red\", "
                + "\"lines\": [{\"itemLine\": 1, \"quantity\": 5, \"unit\": \"LB\"}]}");

        assertThat(console.run("li.na", ImportShipmentsCommand::new, "import-shipments", file.toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("/shipments/0/colour: is not a field of the shipments format")
                .contains("/shipments/0/shippedOn: \"2026-13-01\" is not")
                .contains("/shipments/0/customsDeclaration: \"CD 1\" is not the customs declaration number")
                .contains("/shipments/0/lines/0/quantity: must be a string, not the number 5")
                .contains("/shipments/0/lines/0/unit: \"LB\" is not one of KG, T, G, PCS");
        Files.writeString(file, "{\"format\": \"licensedesk.shipments\", ");
        assertThat(console.run("li.na", ImportShipmentsCommand::new, "import-shipments", file.toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).startsWith("(file): the file is not valid JSON at line 1, column ")
                .contains("(is the file complete?)");
    }

    @Test
    void supervisorsSuspendAndReinstateReviewersAreRefused() {
        assertThat(console.run("li.na", LicenceActionCommand.Suspend::new, "suspend-licence", number, "--reason",
                "Inspection.", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).isEqualTo("licensedesk suspend-licence: Only a supervisor may suspend a licence; ask a "
                + "supervisor to do it.");
        assertThat(console.run("zhao.lei", LicenceActionCommand.Suspend::new, "suspend-licence", number, "--reason",
                "Customs inspection pending.", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo("licence " + number + " is now SUSPENDED");
        assertThat(console.run("zhao.lei", LicenceActionCommand.Reinstate::new, "reinstate-licence", number,
                "--reason", "Cleared.", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.run("zhao.lei", LicenceActionCommand.Revoke::new, "revoke-licence", number, "--db", db))
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void licencesListsWithFiltersAndShowsOneWhole() {
        assertThat(console.run("li.na", LicencesCommand::new, "licences", "--element", "Tb", "--db", db))
                .isEqualTo(Cli.OK);
        assertThat(console.stdout()).contains(number).contains("ACTIVE").endsWith("1 licence");
        assertThat(console.run("li.na", LicencesCommand::new, "licences", "--status", "REVOKED", "--db", db))
                .isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo("0 licences");
        assertThat(console.run("li.na", LicencesCommand::new, "licences", number, "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).contains("licence       " + number + " (SINGLE), ACTIVE")
                .contains("item 2        1C904.a Tb Terbium metal 99.9%: 0.25 T licensed, 0 T shipped, 0.25 T left").contains("condition     No re-export without consent.");
        assertThat(console.run("li.na", LicencesCommand::new, "licences", "--status", "LOST", "--db", db))
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void letterWritesAPdfThatVerifyLetterMatchesAndAChangedCopyFails() throws Exception {
        String reference = licence().applicationRef();
        Path pdf = folder.resolve("approval.pdf");
        assertThat(console.run("zhao.lei", LetterCommand::new, "letter", reference, "--kind", "APPROVAL", "--out",
                pdf.toString(), "--db", db)).as(console.stderr()).isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith("wrote " + pdf + " (APPROVAL letter of " + reference);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        assertThat(console.run("li.na", (opener, signIn) -> new VerifyLetterCommand(opener), "verify-letter",
                pdf.toString(), "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith(pdf + " matches audit entry ").contains("APPROVAL letter of "
                + reference + " issued by zhao.lei");

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 1;
        Path changed = folder.resolve("changed.pdf");
        Files.write(changed, bytes);
        assertThat(console.run("li.na", (opener, signIn) -> new VerifyLetterCommand(opener), "verify-letter",
                changed.toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("is not a letter this desk issued, or the file was changed after issue");

        assertThat(console.run("li.na", (opener, signIn) -> new VerifyLetterCommand(opener), "verify-letter",
                "--hash", "abc", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(console.run("li.na", LetterCommand::new, "letter", reference, "--kind", "DENIAL", "--out",
                folder.resolve("denial.pdf").toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("is APPROVED, not DENIED, so there is no denial letter to write.");
        assertThat(folder.resolve("denial.pdf")).doesNotExist();
    }

    @Test
    void appealStepsGoThroughTheServiceRules() {
        String reference = licence().applicationRef();
        assertThat(console.run("li.na", AppealCommand::new, "appeal", "receive", reference, "--received",
                "2026-02-01", "--note", "Appellant's letter of 1 February.", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).isEqualTo("licensedesk appeal: Application " + reference
                + " is APPROVED; only a denial can be appealed.");
        assertThat(console.run("li.na", AppealCommand::new, "appeal", "review", reference, "--note",
                "Appellant's letter of 1 February.", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(console.run("li.na", AppealCommand::new, "appeal", "overturn", reference, "--note",
                "Appellant's letter of 1 February.", "--db", db)).isEqualTo(Cli.USAGE);
    }

    @Test
    void amendmentReceivesAndAKeyChangeIsRefusedWithItsSentence() {
        assertThat(console.run("li.na", AmendmentCommand::new, "amendment", "receive", number, "--field",
                "PORT_OF_EXPORT", "--value", "Ningbo", "--received", "2026-03-02", "--note", "Holder's letter.",
                "--db", db)).as(console.stderr()).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo("amendment 1 of licence " + number + " (PORT_OF_EXPORT: \"Shanghai\" "
                + "-> \"Ningbo\"): OPEN; due 2026-03-30");
        assertThat(console.run("li.na", AmendmentCommand::new, "amendment", "receive", number, "--field",
                "END_USER", "--value", "Other GmbH", "--note", "Holder's letter.", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("is a key element of licence " + number + " (Art. 18(2))");
        assertThat(console.run("li.na", AmendmentCommand::new, "amendment", "decide", "1", "--note",
                "Holder's letter.", "--db", db)).isEqualTo(Cli.USAGE);
    }
}
