package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;

/** {@code flag-rules} and {@code flags} through the same wiring as the launcher, wrong calls included. */
class FlagCommandsTest {
    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void databaseWithAnOpenApplication() {
        db = CommandConsole.createDatabase(folder, CommandConsole.REVIEWER, CommandConsole.SUPERVISOR,
                new User("other.sup", "Another Supervisor", UserRole.SUPERVISOR, true));
        try (Database database = Database.openExisting(Path.of(db))) {
            new ApplicationRepository(database).insertAll(List.of(SampleApplications.dysprosiumOxide(
                    "EXP-2026-000101", LocalDate.of(2026, 11, 20), ApplicationStatus.SUBMITTED, null)));
        }
    }

    private int rules(String user, String... args) {
        return console.run(user, FlagRulesCommand::new, args);
    }

    private int flags(String user, String... args) {
        return console.run(user, FlagsCommand::new, args);
    }

    @Test
    void theDefaultRulesAreListedWithoutSigningIn() {
        assertThat(rules("nobody", "flag-rules", "list", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout().lines().toList()).hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("LIST_HIT MOFCOM_WATCH  red  not blocking  cleared by "
                        + "a supervisor other than the raiser  Regulations Art. 26"))
                .anySatisfy(line -> assertThat(line).contains("DESTINATION JP  amber  not blocking  cleared by any "
                        + "official  MOFCOM Announcement 2026 No. 1"));
    }

    @Test
    void aSupervisorAddsABlockingRuleThatFlagsTheOpenApplicationAndAnotherSupervisorClearsIt() {
        assertThat(rules("the.sup", "flag-rules", "add", "--kind", "control_code", "--parameter", "1C905",
                "--flag-colour", "red", "--blocking", "true", "--clearer", "SUPERVISOR", "--not-by-raiser", "true",
                "--reason", "Bureau instruction 7: dysprosium looked at twice", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith("added 5  CONTROL_CODE 1C905  red  blocking  cleared by a supervisor "
                + "other than the raiser  Bureau instruction 7");

        assertThat(flags("nobody", "flags", "EXP-2026-000101", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith("1  red  APPLICATION  rule 5 (control code 1C905 or one of its "
                + "sub-items)").contains("raised by the.sup").endsWith("open, blocks approval");

        assertThat(flags("the.sup", "flags", "EXP-2026-000101", "--clear", "1", "--note", "I looked at it myself.",
                "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("keeps the official whose action raised it from clearing it");
        assertThat(flags("other.sup", "flags", "EXP-2026-000101", "--clear", "1", "--note",
                "Checked against the end-use certificate.", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith("cleared 1  red").contains("cleared by other.sup");
    }

    @Test
    void aReviewerAMalformedRuleAndWrongCallsAreRefused() {
        assertThat(rules("the.rev", "flag-rules", "add", "--kind", "DESTINATION", "--parameter", "DE",
                "--flag-colour", "AMBER", "--clearer", "REVIEWER", "--reason", "Bureau instruction 8: Germany",
                "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("Only a supervisor may change the flag rules; the.rev is a reviewer.");

        assertThat(rules("the.sup", "flag-rules", "add", "--kind", "DESTINATION", "--parameter", "Germany",
                "--flag-colour", "AMBER", "--clearer", "REVIEWER", "--reason", "Bureau instruction 8: Germany",
                "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("two-letter ISO 3166-1 country code");

        assertThat(rules("the.sup", "flag-rules", "add", "--kind", "DESTINATION", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(console.stderr()).contains("add needs --kind, --flag-colour, --clearer and --reason");
        assertThat(rules("the.sup", "flag-rules", "remove", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(rules("the.sup", "flag-rules", "remove", "77", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("There is no flag rule 77");
        assertThat(flags("the.sup", "flags", "EXP-2026-000101", "--clear", "3", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(flags("the.sup", "flags", "EXP-2026-000999", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("There is no application EXP-2026-000999");

        assertThat(rules("the.sup", "flag-rules", "change", "4", "--blocking", "true", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).startsWith("changed 4  DESTINATION JP  amber  blocking");
        assertThat(rules("the.sup", "flag-rules", "remove", "4", "--db", db)).isEqualTo(Cli.OK);
        assertThat(rules("nobody", "flag-rules", "list", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout().lines().toList()).hasSize(3);
    }
}
