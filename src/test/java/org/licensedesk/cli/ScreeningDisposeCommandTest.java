package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;

/**
 * {@code screening-dispose} through the same wiring as the launcher: a general licence's end user and further end
 * user both hit SUBARU on MOFCOM's watch list, and each needs its own verdict (issue 13).
 */
class ScreeningDisposeCommandTest {
    private static final String REF = "EXP-2026-000713";
    private static final String NOTE = "Different registration number and address.";

    @TempDir
    Path folder;
    private String db;
    private String entryKey;

    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void createDatabaseWithTwoEndUsersOnOneWatchListEntry() throws Exception {
        db = CommandConsole.createDatabase(folder, CommandConsole.SUPERVISOR, CommandConsole.REVIEWER);
        try (Database database = Database.openExisting(Path.of(db))) {
            LicenceApplication a = SampleApplications.dysprosiumOxide(REF, LocalDate.of(2026, 3, 2),
                    ApplicationStatus.UNDER_REVIEW, "the.rev");
            new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(REF, a.receivedOn(),
                    LicenceType.GENERAL, a.applicant(), a.consignee(),
                    new Party(PartyRole.END_USER, "SUBARU Corporation", "JP", "Tokyo"), a.endUse(), a.contract(),
                    a.transport(), a.items(), a.documents(), a.status(), a.assignee(), a.version(), false,
                    List.of(new Party(PartyRole.END_USER, "斯巴鲁株式会社", "JP", "Ota")))));
        }
        String sample = Path.of(getClass().getResource("/org/licensedesk/screening/mofcom-sample.csv").toURI())
                .toString();
        assertThat(console.run("the.sup", ScreeningImportCommand::new, "screening-import", "--format", "mofcom",
                sample, "--db", db)).isEqualTo(Cli.OK);
        JsonNode hits = show().get("screeningHits");
        assertThat(hits).hasSize(2);
        entryKey = hits.get(0).get("entryKey").asText();
        assertThat(hits.get(1).get("entryKey").asText()).isEqualTo(entryKey);
    }

    private int dispose(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("screening-dispose", REF, "--party", "end_user",
                "--entry", entryKey, "--verdict", "FALSE_POSITIVE", "--note", NOTE, "--db", db));
        args.addAll(List.of(options));
        return console.run("the.rev", ScreeningDisposeCommand::new, args.toArray(String[]::new));
    }

    private JsonNode show() throws Exception {
        assertThat(console.run("the.rev", (opener, signIn) -> new ShowCommand(opener), "show", REF, "--db", db))
                .isEqualTo(Cli.OK);
        return new ObjectMapper().readTree(console.stdout());
    }

    @Test
    void theRoleAloneIsRefusedNamingBothEndUsersAndTheNamedOneGetsTheVerdictAlone() throws Exception {
        assertThat(dispose()).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("screening-dispose: 2 parties hit").contains("SUBARU Corporation")
                .contains("斯巴鲁株式会社").contains("name the party");

        assertThat(dispose("--party-name", "SUBARU Corporation")).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo(REF + ": FALSE_POSITIVE recorded for the end user SUBARU Corporation "
                + "against SUBARU Corporation (MOFCOM Watch List)");

        for (JsonNode hit : show().get("screeningHits")) {
            if (hit.get("partyName").asText().equals("SUBARU Corporation")) {
                assertThat(hit.get("disposition").get("verdict").asText()).isEqualTo("FALSE_POSITIVE");
            } else {
                assertThat(hit.get("disposition").isNull()).as("the other end user needs its own").isTrue();
            }
        }
        assertThat(dispose("--party-name", "SUBARU Corporation")).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("already recorded as FALSE_POSITIVE");
    }
}
