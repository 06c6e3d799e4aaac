package org.licensedesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.TeamRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;

/** V10 adds the Team view's indexes to a database at V6; its applications are counted as before. */
class TeamMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void databaseAtVersionSixGetsTheTeamIndexesAndKeepsItsApplications() throws Exception {
        String url = TestDatabases.atVersionWithOneApplication(folder.resolve("v6"), "6", "Bavaria Magnet Works AG",
                "DE");

        try (Database database = Database.open(folder.resolve("v6"))) {
            UserRepository users = new UserRepository(database);
            AuditRepository audit = new AuditRepository(database);
            WorkingDayCalendar calendar = WorkingDayCalendar.official();
            WorkflowService workflow = new WorkflowService(database, new WorkflowStateRepository(database), users,
                    audit, new AuditTrail(database, audit, CLOCK), calendar, CLOCK);
            TeamService team = new TeamService(database, new TeamRepository(database), users, workflow, calendar,
                    CLOCK);

            assertThat(team.workload()).singleElement().satisfies(unassigned -> {
                assertThat(unassigned.isUnassigned()).isTrue();
                assertThat(unassigned.open(ApplicationStatus.SUBMITTED)).isEqualTo(1);
                assertThat(unassigned.pastDeadline()).isEqualTo(1);
            });
        }
        try (Connection connection = TestDatabases.connect(url);
             Statement statement = connection.createStatement();
             // V67's open index (every deadline clock column) took the place of V10's team_open_ix.
             ResultSet indexes = statement.executeQuery("SELECT COUNT(*) FROM information_schema.indexes "
                     + "WHERE index_name IN ('LICENCE_APPLICATION_OPEN_IX', 'LICENCE_APPLICATION_TEAM_DECIDED_IX')")) {
            indexes.next();
            assertThat(indexes.getInt(1)).isEqualTo(2);
        }
    }
}
