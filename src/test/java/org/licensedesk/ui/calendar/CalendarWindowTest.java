package org.licensedesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.calendar.CalendarService.YearCoverage;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Tools → Working-day calendar… through the real window on the demo database of 29 November 2026: the status bar
 * warns that 2027 is not covered, a supervisor imports a (made-up, test-only) 2027 file, the dialog lists it as
 * imported for every workstation (stored in the database).
 */
class CalendarWindowTest extends DemoWindowFixture {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @Test
    void aSupervisorImportsNextYearAndTheDialogListsIt(FxRobot robot) throws Exception {
        desk.waitUntil(() -> robot.lookup("#calendarWarning").queryLabeled().isVisible());
        assertThat(robot.lookup("#calendarWarning").queryLabeled().getText())
                .isEqualTo(MESSAGES.format("calendar.warning.nextYear", "2027"));

        desk.menu("menu.tools", "calendar.menu");
        desk.waitUntil(() -> robot.lookup("#calendarYears").tryQuery().isPresent() && !years(robot).getItems().isEmpty());
        assertThat(years(robot).getItems()).extracting(YearCoverage::year).containsExactly(2025, 2026);
        assertThat(years(robot).getItems()).allSatisfy(year -> assertThat(year.imported()).isNull());

        dialogs.fileAnswers.add(List.of(madeUp2027()));
        int before = dialogs.informations.size();
        robot.clickOn("#calendarImport");
        desk.waitUntil(() -> dialogs.informations.size() > before);

        RecordingDialogService.Shown done = dialogs.informations.get(dialogs.informations.size() - 1);
        assertThat(done.title()).isEqualTo(MESSAGES.get("calendar.import.done.title"));
        assertThat(done.message()).startsWith("Imported 2027 from made-up-2027-TEST-DATA.csv (SHA-256 ");
        desk.waitUntil(() -> years(robot).getItems().size() == 3);
        assertThat(years(robot).getItems().get(2).imported().importedBy()).isEqualTo("zhao.lei");
        assertThat(services.calendars().importedYears()).singleElement()
                .satisfies(year -> assertThat(year.year()).isEqualTo(2027));
    }

    private static TableView<YearCoverage> years(FxRobot robot) {
        return robot.lookup("#calendarYears").queryTableView();
    }

    private static Path madeUp2027() throws Exception {
        Path file = folder.resolve("made-up-2027-TEST-DATA.csv");
        try (InputStream in = CalendarWindowTest.class.getResourceAsStream(
                "/org/licensedesk/calendar/made-up-2027-TEST-DATA.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
