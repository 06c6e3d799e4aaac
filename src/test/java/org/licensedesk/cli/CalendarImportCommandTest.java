package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;

/** {@code calendar-import} through the same wiring as the launcher, and what {@code show} says afterwards. */
class CalendarImportCommandTest {
    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void databaseWithAnApplicationWhoseDeadlineFallsIn2027() {
        db = CommandConsole.createDatabase(folder, CommandConsole.REVIEWER, CommandConsole.SUPERVISOR);
        try (Database database = Database.openExisting(Path.of(db))) {
            new ApplicationRepository(database).insertAll(List.of(SampleApplications.dysprosiumOxide(
                    "EXP-2026-000101", LocalDate.of(2026, 11, 20), ApplicationStatus.SUBMITTED, null)));
        }
    }

    private static String madeUp2027() {
        try {
            return Path.of(CalendarImportCommandTest.class
                    .getResource("/org/licensedesk/calendar/made-up-2027-TEST-DATA.csv").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String showDeadline() {
        assertThat(console.run("the.rev", (opener, signIn) -> new ShowCommand(opener), "show", "EXP-2026-000101",
                "--db", db)).isEqualTo(Cli.OK);
        String json = console.stdout();
        return json.substring(json.indexOf("\"deadline\""));
    }

    @Test
    void aSupervisorsImportMakesShowReportAFirmDeadline() {
        assertThat(showDeadline()).contains("\"date\" : \"2027-01-22\"").contains("\"provisional\" : true");

        assertThat(console.run("the.sup", CalendarImportCommand::new, "calendar-import", madeUp2027(), "--db", db))
                .isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith("imported the working-day calendar for 2027 (6 holidays, 1 make-up "
                + "working days) from made-up-2027-TEST-DATA.csv, SHA-256 ")
                .endsWith("; provisional deadlines of open applications: 1 before, 0 now, of 1");

        assertThat(showDeadline()).contains("\"date\" : \"2027-01-25\"").contains("\"provisional\" : false");
    }

    @Test
    void aReviewerABadFileAndAMissingFileAreRefusedWithExitOne() throws Exception {
        assertThat(console.run("the.rev", CalendarImportCommand::new, "calendar-import", madeUp2027(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("refused: Only a supervisor may import the working-day calendar");

        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "date,kind,name\n2027-13-01,HOLIDAY,Nowhere\n", StandardCharsets.UTF_8);
        assertThat(console.run("the.sup", CalendarImportCommand::new, "calendar-import", bad.toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("bad.csv: Line 2: '2027-13-01' is not a date in the form YYYY-MM-DD");

        assertThat(console.run("the.sup", CalendarImportCommand::new, "calendar-import", "--db", db))
                .isEqualTo(Cli.USAGE);

        assertThat(showDeadline()).contains("\"provisional\" : true");
    }
}
