package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;

/** {@code screening-import --format mofcom} through the same wiring as the launcher. */
class MofcomImportCommandTest {
    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void createDatabase() {
        db = CommandConsole.createDatabase(folder, CommandConsole.SUPERVISOR, CommandConsole.REVIEWER);
    }

    private int run(String... args) {
        return console.run("the.sup", ScreeningImportCommand::new, args);
    }

    @Test
    void theBundledSampleLoadsAsTheMofcomSource() throws URISyntaxException {
        String sample = Path.of(getClass().getResource("/org/licensedesk/screening/mofcom-sample.csv").toURI())
                .toString();

        assertThat(run("screening-import", "--format", "mofcom", sample, "--db", db)).isEqualTo(Cli.OK);

        assertThat(console.stdout()).isEqualTo("loaded the MOFCOM list from mofcom-sample.csv: 22 entries with 0 "
                + "aliases, replacing 0; screened 0 open applications again, 0 with hits");
    }

    @Test
    void aCslFileGivenAsMofcomIsRefusedNamingTheHeader() throws Exception {
        Path csl = Files.writeString(folder.resolve("csl.csv"), "source,name,programs,alt_names\nEL,Foo,,\n",
                StandardCharsets.UTF_8);

        assertThat(run("screening-import", "--format", "mofcom", csl.toString(), "--db", db)).isEqualTo(Cli.FAILED);

        assertThat(console.stderr()).contains("csl.csv line 1: not a MOFCOM list file: the header must be "
                + "list,name_zh,name_en,country,announcement,listed_on,suspended_from,suspended_until,removed_on,"
                + "source_url").contains("no list was replaced");
    }

    @Test
    void showSaysThereIsNoStatutoryLimitOnceAWatchListMatchIsConfirmed() throws Exception {
        try (Database database = Database.openExisting(Path.of(db))) {
            LicenceApplication a = SampleApplications.dysprosiumOxide("EXP-2026-000501", LocalDate.of(2026, 3, 2),
                    ApplicationStatus.UNDER_REVIEW, "the.rev");
            new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(a.reference(),
                    a.receivedOn(), a.licenceType(), a.applicant(), a.consignee(),
                    new Party(PartyRole.END_USER, "斯巴鲁株式会社", "JP", "Tokyo"), a.endUse(), a.contract(),
                    a.transport(), a.items(), a.documents(), a.status(), a.assignee(), a.version())));
        }
        String sample = Path.of(getClass().getResource("/org/licensedesk/screening/mofcom-sample.csv").toURI())
                .toString();
        assertThat(run("screening-import", "--format", "mofcom", sample, "--db", db)).isEqualTo(Cli.OK);
        assertThat(show().get("deadline").get("statutoryLimit").asBoolean()).isTrue(); // a hit, not yet confirmed

        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CommandConsole.CLOCK)) {
            ScreeningHit hit = services.screening().hits("EXP-2026-000501").get(0);
            services.dispositions().dispose(new User("the.rev", "The Reviewer", UserRole.REVIEWER, true),
                    "EXP-2026-000501", hit.party(), hit.entryKey(), ScreeningDisposition.TRUE_MATCH,
                    "Same company: SUBARU's Chinese name as published.");
        }

        JsonNode deadline = show().get("deadline");
        assertThat(deadline.get("statutoryLimit").asBoolean()).isFalse();
        assertThat(deadline.get("noStatutoryLimit").asText()).isEqualTo("no statutory limit: 斯巴鲁株式会社 is on "
                + "MOFCOM's watch list (Regulations Art. 26)");
    }

    private JsonNode show() throws Exception {
        assertThat(console.run("the.rev", (opener, signIn) -> new ShowCommand(opener), "show", "EXP-2026-000501",
                "--db", db)).isEqualTo(Cli.OK);
        return new ObjectMapper().readTree(console.stdout());
    }
}
