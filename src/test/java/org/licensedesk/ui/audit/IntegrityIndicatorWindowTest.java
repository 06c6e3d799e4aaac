package org.licensedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The integrity indicator through the real window, on a demo database whose audit entry 17 was edited behind the
 * application's back: a supervisor signing in sees it red with the seq, and the finding is audited; a reviewer
 * sees no indicator.
 */
@ExtendWith(ApplicationExtension.class)
class IntegrityIndicatorWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);

    @TempDir
    static Path folder;
    private static Services services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskExecutor executor;
    private DeskSession session;

    @BeforeAll
    static void openTamperedDemoDatabase() {
        services = TestDesk.openDemo(folder, CLOCK);
        // Test code only: the edit a careless or hostile database user would make.
        try (Database database = Database.open(services.databaseLocation())) {
            database.withConnection(connection -> connection.createStatement()
                    .executeUpdate("UPDATE audit_entry SET note = 'Nothing to see here' WHERE seq = 17"));
        }
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.install();
        executor = new FxTaskExecutor();
        session = new DeskSession(TestDesk.desk(services, CLOCK), executor, dialogs, BUNDLE, stage);
        session.start();
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void aSupervisorSigningInOnATamperedDatabaseSeesTheIndicatorRedWithTheBrokenSeq(FxRobot robot) throws Exception {
        signIn(robot, "zhao.lei");

        Button indicator = robot.lookup("#auditIntegrity").queryAs(Button.class);
        waitUntil(() -> indicator.getText().startsWith("Audit trail broken"));

        assertThat(indicator.getText()).isEqualTo("Audit trail broken at seq 17");
        assertThat(indicator.getStyleClass()).contains("integrity-broken");
        assertThat(indicator.getTooltip().getText()).contains("Entry 17 was changed");
        AuditEntry finding = lastEntry();
        assertThat(finding.action()).isEqualTo("AUDIT_VERIFICATION_FAILED");
        assertThat(finding.actor()).isEqualTo("zhao.lei");
        assertThat(finding.detailsJson()).contains("\"firstBrokenSeq\":17");

        robot.clickOn(indicator);
        waitUntil(() -> indicator.getText().startsWith("Audit trail broken"));
        assertThat(indicator.getTooltip().getText()).contains("already recorded");
        assertThat(lastEntry().seq()).as("the same finding is not recorded twice").isEqualTo(finding.seq());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aReviewerSeesNoIndicator(FxRobot robot) throws Exception {
        signIn(robot, "li.na");

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

    private void signIn(FxRobot robot, String username) throws TimeoutException {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> session.window() != null && !session.window().viewModel().queue().loadingProperty().get()
                && !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            if (!dialogs.errors.isEmpty()) {
                throw new AssertionError("The window reported: " + dialogs.errors);
            }
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
