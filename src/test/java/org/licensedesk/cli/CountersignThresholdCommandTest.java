package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countersign-threshold} through the same wiring as the launcher, on a real database file. */
class CountersignThresholdCommandTest {
    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void createDatabaseWithAReviewerAndASupervisor() {
        db = CommandConsole.createDatabase(folder, CommandConsole.REVIEWER, CommandConsole.SUPERVISOR);
    }

    private int run(String user, String... args) {
        return console.run(user, CountersignThresholdCommand::new, args);
    }

    @Test
    void aSupervisorSetsTheThresholdAndEveryoneCanReadIt() {
        assertThat(run("the.rev", "countersign-threshold", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo("second countersignature above US$1,000,000");

        assertThat(run("the.sup", "countersign-threshold", "250,000.50", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo(
                "second countersignature threshold changed from US$1,000,000 to US$250,000.50");

        assertThat(run("the.rev", "countersign-threshold", "--db", db)).isEqualTo(Cli.OK);
        assertThat(console.stdout()).isEqualTo("second countersignature above US$250,000.50");
    }

    @Test
    void aReviewerAZeroOrAWordIsRefusedAndNothingChanges() {
        assertThat(run("the.rev", "countersign-threshold", "500000", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("supervisor");

        assertThat(run("the.sup", "countersign-threshold", "0", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(console.stderr()).contains("must be an amount of US dollars above 0");

        assertThat(run("the.sup", "countersign-threshold", "a million", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(console.stderr()).contains("\"a million\" is not");

        run("the.rev", "countersign-threshold", "--db", db);
        assertThat(console.stdout()).isEqualTo("second countersignature above US$1,000,000");
    }
}
