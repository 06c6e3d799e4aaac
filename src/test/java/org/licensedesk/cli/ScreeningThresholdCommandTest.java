package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screening-threshold} through the same wiring as the launcher, on a real database file. */
class ScreeningThresholdCommandTest {
    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void createDatabaseWithAReviewerAndASupervisor() {
        db = CommandConsole.createDatabase(folder, CommandConsole.REVIEWER, CommandConsole.SUPERVISOR);
    }

    private int run(String user, String... args) {
        return console.run(user, ScreeningThresholdCommand::new, args);
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    @Test
    void aSupervisorSetsTheThresholdAndEveryoneCanReadIt() {
        assertThat(run("the.rev", "screening-threshold", "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("screening threshold 85");

        assertThat(run("the.sup", "screening-threshold", "92", "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("screening threshold changed from 85 to 92; screened 0 open applications "
                + "again, 0 with hits");

        assertThat(run("the.rev", "screening-threshold", "--db", db)).isEqualTo(Cli.OK);
        assertThat(stdout()).isEqualTo("screening threshold 92");
    }

    @Test
    void aReviewerOrAValueOutOfRangeIsRefusedAndNothingChanges() {
        assertThat(run("the.rev", "screening-threshold", "90", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("Only a supervisor");

        assertThat(run("the.sup", "screening-threshold", "40", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("from 50 to 100");

        assertThat(run("the.sup", "screening-threshold", "high", "--db", db)).isEqualTo(Cli.USAGE);

        run("the.rev", "screening-threshold", "--db", db);
        assertThat(stdout()).isEqualTo("screening threshold 85");
    }
}
