package org.licensedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The integrity indicator through the real window, on a demo database whose audit entry 17 was edited behind the
 * application's back: a supervisor signing in sees it red with the seq, and the finding is audited; a reviewer
 * sees no indicator.
 */
class IntegrityIndicatorWindowTest extends DemoWindowFixture {
    private DeskSession session;

    /** Runs after the fixture opened the demo database. */
    @BeforeAll
    static void tamperWithEntry17() {
        // Test code only: the edit a careless or hostile database user would make.
        try (Database database = Database.open(services.databaseLocation())) {
            database.withConnection(connection -> connection.createStatement()
                    .executeUpdate("UPDATE audit_entry SET note = 'Nothing to see here' WHERE seq = 17"));
        }
    }

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void aSupervisorSigningInOnATamperedDatabaseSeesTheIndicatorRedWithTheBrokenSeq(FxRobot robot) throws Exception {
        desk.signIn(session, "zhao.lei");

        Button indicator = robot.lookup("#auditIntegrity").queryAs(Button.class);
        desk.waitUntil(() -> indicator.getText().startsWith("Audit trail broken"));

        assertThat(indicator.getText()).isEqualTo("Audit trail broken at seq 17");
        assertThat(indicator.getStyleClass()).contains("integrity-broken");
        assertThat(indicator.getTooltip().getText()).contains("Entry 17 was changed");
        AuditEntry finding = lastEntry();
        assertThat(finding.action()).isEqualTo("AUDIT_VERIFICATION_FAILED");
        assertThat(finding.actor()).isEqualTo("zhao.lei");
        assertThat(finding.detailsJson()).contains("\"firstBrokenSeq\":17");

        robot.clickOn(indicator);
        desk.waitUntil(() -> indicator.getText().startsWith("Audit trail broken"));
        assertThat(indicator.getTooltip().getText()).contains("already recorded");
        assertThat(lastEntry().seq()).as("the same finding is not recorded twice").isEqualTo(finding.seq());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aReviewerSeesNoIndicator(FxRobot robot) throws Exception {
        desk.signIn(session, "li.na");

        assertThat(robot.lookup("#auditIntegrity").tryQuery()).isEmpty();
    }

    /** The chain's head entry, read beside the window's own connection. */
    private static AuditEntry lastEntry() {
        try (Database database = Database.open(services.databaseLocation())) {
            AuditRepository entries = new AuditRepository(database);
            long head = entries.head().seq();
            List<AuditEntry> found = new ArrayList<>();
            entries.forEachInRange(head, head, found::add);
            return found.get(0);
        }
    }
}
