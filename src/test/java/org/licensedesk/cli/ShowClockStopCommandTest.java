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
import org.licensedesk.app.Services;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;

/** {@code show REF} while the clock is stopped (Regulations Art. 17(3)) and while referred (Art. 17(2)). */
class ShowClockStopCommandTest {
    private static final String REF = "EXP-2026-000601";
    private static final User REVIEWER = new User("the.rev", "The Reviewer", UserRole.REVIEWER, true);
    private static final User SUPERVISOR = new User("the.sup", "The Supervisor", UserRole.SUPERVISOR, true);
    @TempDir
    Path folder;
    private String db;
    private final CommandConsole console = new CommandConsole();

    @BeforeEach
    void createDatabase() {
        db = CommandConsole.createDatabase(folder, SUPERVISOR, REVIEWER);
        try (Database database = Database.openExisting(Path.of(db))) {
            new ApplicationRepository(database).insertAll(List.of(SampleApplications.dysprosiumOxide(REF,
                    LocalDate.of(2026, 11, 2), ApplicationStatus.UNDER_REVIEW, "the.rev")));
        }
    }

    @Test
    void aStopOfArticle17_3IsShownWithItsReasonAndTheLimitStillApplies() throws Exception {
        perform(REVIEWER, new WorkflowCommand.StopClock(REF, 0, "Sample sent for identification.",
                ClockStop.IDENTIFICATION));

        JsonNode deadline = show().get("deadline");

        assertThat(deadline.get("clockStop").get("reason").asText()).isEqualTo("IDENTIFICATION");
        assertThat(deadline.get("clockStop").get("article").asText()).isEqualTo("Regulations Art. 17(3)");
        assertThat(deadline.get("clockStop").get("since").asText()).isNotEmpty();
        assertThat(deadline.get("statutoryLimit").asBoolean()).isTrue();
    }

    @Test
    void aReferralToTheStateCouncilHasNoStatutoryLimit() throws Exception {
        perform(SUPERVISOR, new WorkflowCommand.StopClock(REF, 0, "Referred with the ministry's opinion.",
                ClockStop.STATE_COUNCIL_REFERRAL));

        JsonNode deadline = show().get("deadline");

        assertThat(deadline.get("clockStop").get("reason").asText()).isEqualTo("STATE_COUNCIL_REFERRAL");
        assertThat(deadline.get("statutoryLimit").asBoolean()).isFalse();
        assertThat(deadline.get("noStatutoryLimit").asText())
                .isEqualTo("no statutory limit: referred to the State Council (Regulations Art. 17(2))");
    }

    private void perform(User actor, WorkflowCommand command) {
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CommandConsole.CLOCK)) {
            services.workflow().perform(actor, command);
        }
    }

    private JsonNode show() throws Exception {
        assertThat(console.run("the.rev", (opener, signIn) -> new ShowCommand(opener), "show", REF, "--db", db))
                .isEqualTo(Cli.OK);
        return new ObjectMapper().readTree(console.stdout());
    }
}
