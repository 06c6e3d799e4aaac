package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A cell's tooltip is made when the pointer first comes over it, and then follows what the cell shows. */
@ExtendWith(ApplicationExtension.class)
class HoverTooltipTest {
    private Label away;
    private Label cell;
    private HoverTooltip tooltip;

    @Start
    void start(Stage stage) {
        away = new Label("elsewhere");
        cell = new Label("EXP-2026-000001");
        tooltip = new HoverTooltip(cell, made -> made.setWrapText(true));
        stage.setScene(new Scene(new VBox(40, away, cell), 300, 200));
        stage.show();
    }

    @Test
    void noTooltipIsMadeUntilThePointerComesThenItFollowsTheText(FxRobot robot) {
        robot.interact(() -> tooltip.show("Submitted"));
        assertThat(cell.getTooltip()).as("not made before the pointer comes").isNull();
        assertThat(tooltip.text()).isEqualTo("Submitted");
        assertThat(cell.getAccessibleHelp()).as("screen readers have it at once").isEqualTo("Submitted");

        robot.moveTo(away).moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo("Submitted");
        assertThat(cell.getTooltip().isWrapText()).as("shaped when made").isTrue();

        // The cell is reused for another row: the tooltip already made says the new row's text, or goes.
        robot.interact(() -> tooltip.show("Under review"));
        assertThat(cell.getTooltip().getText()).isEqualTo("Under review");
        robot.interact(() -> tooltip.show(null));
        assertThat(cell.getTooltip()).isNull();
        robot.interact(() -> tooltip.show("Approved"));
        assertThat(cell.getTooltip().getText()).isEqualTo("Approved");
    }

    @Test
    void aCellWithNothingToSayGetsNoTooltipEvenUnderThePointer(FxRobot robot) {
        robot.interact(() -> tooltip.show(null));
        Point2D centre = robot.point(cell).query();
        robot.moveTo(away).moveTo(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getTooltip()).isNull();
    }
}
