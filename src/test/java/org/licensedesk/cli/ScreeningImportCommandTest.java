package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;

/** {@code screening-import} through the same wiring as the launcher, on a real database file. */
class ScreeningImportCommandTest {
    private static PasswordHash hash;

    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeAll
    static void hashPasswordOnce() {
        hash = new PasswordHasher().hash(CommandConsole.PASSWORD.toCharArray());
    }

    @BeforeEach
    void createDatabaseWithAReviewerAndASupervisor() {
        db = CommandConsole.createDatabase(folder, hash, new User("list.rev", "List Reviewer", UserRole.REVIEWER, true),
                new User("list.sup", "List Supervisor", UserRole.SUPERVISOR, true));
    }

    private static String sample(String name) {
        try {
            return Path.of(ScreeningImportCommandTest.class.getResource("/org/licensedesk/screening/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String... args) {
        return console.run("list.sup", ScreeningImportCommand::new, args);
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    private Map<String, Integer> entryCounts() {
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CommandConsole.CLOCK)) {
            return services.screening().entryCounts();
        }
    }

    @Test
    void importsBothFormatsWithAOneLineSummary() {
        assertThat(run("screening-import", "--format", "csl", sample("csl.csv"), "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).startsWith("loaded the CSL list from csl.csv: 13 entries with ");

        assertThat(run("screening-import", "--format", "OFAC", sample("sdn.csv"), sample("alt.csv"), "--db", db))
                .isEqualTo(Cli.OK);
        assertThat(stdout()).startsWith("loaded the OFAC_SDN list from sdn.csv, alt.csv: 7379 entries with ");
        assertThat(stderr()).isEmpty();
        assertThat(entryCounts()).isEqualTo(Map.of("CSL", 13, "OFAC_SDN", 7379));
    }

    @Test
    void malformedFileExitsOneNamingFileAndLineAndReplacesNothing() throws Exception {
        assertThat(run("screening-import", "--format", "csl", sample("csl.csv"), "--db", db)).isEqualTo(Cli.OK);
        Path broken = Files.writeString(folder.resolve("broken.csv"),
                "source,name,programs,alt_names\nEntity List (EL),Foo Trading,,\nEntity List (EL),Bar\n");

        assertThat(run("screening-import", "--format", "csl", broken.toString(), "--db", db)).isEqualTo(Cli.FAILED);

        assertThat(stderr()).contains("broken.csv line 3").contains("no list was replaced");
        assertThat(stderr().lines()).hasSize(1);
        assertThat(entryCounts()).isEqualTo(Map.of("CSL", 13));
    }

    @Test
    void missingOrUnknownFormatIsAUsageError() {
        assertThat(run("screening-import", sample("csl.csv"), "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--format");

        assertThat(run("screening-import", "--format", "xml", sample("csl.csv"), "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("xml");

        assertThat(run("screening-import", "--format", "csl", "--db", db)).isEqualTo(Cli.USAGE);
    }

    @Test
    void showIncludesTheHitsFoundWhenTheListWasLoaded() throws Exception {
        try (Database database = Database.openExisting(Path.of(db))) {
            LicenceApplication sample = SampleApplications.dysprosiumOxide("EXP-2026-000201",
                    LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);
            new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(sample.reference(),
                    sample.receivedOn(), sample.licenceType(), sample.applicant(), sample.consignee(),
                    new Party(PartyRole.END_USER, "Trade Rosneft Ltd.", "CY", "Nicosia"), sample.endUse(),
                    sample.contract(), sample.transport(), sample.items(), sample.documents(), sample.status(),
                    null, 0)));
        }
        assertThat(run("screening-import", "--format", "csl", sample("csl.csv"), "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).endsWith("screened 1 open applications again, 1 with hits");

        int status = console.run("list.sup", (opener, signIn) -> new ShowCommand(opener), "show", "EXP-2026-000201",
                "--db", db);

        assertThat(status).isEqualTo(Cli.OK);
        JsonNode hits = new ObjectMapper().readTree(stdout()).get("screeningHits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("party").asText()).isEqualTo("END_USER");
        assertThat(hits.get(0).get("partyName").asText()).isEqualTo("Trade Rosneft Ltd.");
        assertThat(hits.get(0).get("listedName").asText()).isEqualTo("ROSNEFT TRADE LIMITED");
        assertThat(hits.get(0).get("programs").asText()).isEqualTo("UKRAINE-EO13662");
        assertThat(hits.get(0).get("score").asInt()).isEqualTo(100);
        assertThat(hits.get(0).get("matchedAlias").isNull()).isTrue();
    }

    /** A reviewer once replaced both lists with one-entry files, and the open applications' hits fell to none. */
    @Test
    void aReviewerMayNotReplaceAListAndNothingChanges() throws Exception {
        assertThat(run("screening-import", "--format", "csl", sample("csl.csv"), "--db", db)).isEqualTo(Cli.OK);
        Path oneEntry = Files.writeString(folder.resolve("one.csv"),
                "source,name,programs,alt_names\nEntity List (EL),Harmless Trading,,\n");

        int status = console.run("list.rev", ScreeningImportCommand::new, "screening-import", "--format", "csl",
                oneEntry.toString(), "--db", db);

        assertThat(status).isEqualTo(Cli.FAILED);
        assertThat(stderr().lines()).singleElement().asString()
                .isEqualTo("licensedesk screening-import: Only a supervisor may replace a screening list; list.rev "
                        + "is a reviewer. Ask a supervisor.");
        assertThat(stdout()).isEmpty();
        assertThat(entryCounts()).isEqualTo(Map.of("CSL", 13));
    }

    @Test
    void missingFileIsRefused() {
        assertThat(run("screening-import", "--format", "csl", folder.resolve("nope.csv").toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("nope.csv");
    }
}
