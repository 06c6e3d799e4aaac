package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In a toolbar too narrow for everything, a choice box gives way down to its current choice, which stays whole, and
 * the text field beside it keeps the rest; a plain ComboBox held the width of its widest item.
 */
@ExtendWith(ApplicationExtension.class)
class ChoiceComboBoxTest {
    private static final String SHORT = "All open";
    private static final String LONG = "Awaiting the second supervisor's countersignature";

    private Stage stage;
    private TextField field;
    private ComboBox<String> choice;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        field = new TextField();
        field.setPromptText("Filter: reference, applicant, end user");
        choice = new ChoiceComboBox<>();
        choice.getItems().setAll(SHORT, LONG);
        choice.setValue(SHORT);
        HBox toolbar = new HBox(field, choice);
        HBox.setHgrow(field, Priority.SOMETIMES);
        Theme.applyTo(new Scene(toolbar, 900, 60));
        stage.setScene(toolbar.getScene());
        stage.show();
    }

    @Test
    void aNarrowToolbarTakesTheRoomOfTheWidestItemButNeverCutsTheChoice(FxRobot robot) {
        double roomy = choice.getWidth();
        assertThat(roomy).as("as wide as its widest item when there is room").isEqualTo(choice.prefWidth(-1))
                .isGreaterThan(choice.minWidth(-1) + 100);

        // Narrower than both want: the box gives way too, so the field keeps more than its least.
        robot.interact(() -> stage.setWidth(roomy));
        assertThat(choice.getWidth()).as("gave way").isLessThan(roomy - 50);
        assertThat(field.getWidth()).isGreaterThan(field.minWidth(-1) + 50);

        // Only the least of each fits: the box is down to its choice, which shows whole.
        robot.interact(() -> stage.setWidth(choice.minWidth(-1) + field.minWidth(-1)));
        assertThat(choice.getWidth()).isCloseTo(choice.minWidth(-1), within(1.0)).isLessThan(roomy - 100);
        assertThat(TruncatedText.inShowingWindows()).isEmpty();

        // A longer choice needs more: the box widens to show it whole.
        robot.interact(() -> choice.setValue(LONG));
        robot.interact(() -> stage.setWidth(choice.minWidth(-1) + field.minWidth(-1)));
        assertThat(choice.getWidth()).isCloseTo(choice.minWidth(-1), within(1.0)).isGreaterThan(roomy - 30);
        assertThat(TruncatedText.inShowingWindows()).isEmpty();
    }
}
