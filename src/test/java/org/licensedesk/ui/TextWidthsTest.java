package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Widths in the bundled font: the same whether a word was measured before (and kept) or not. */
@ExtendWith(ApplicationExtension.class)
class TextWidthsTest {
    @Start
    void start(Stage stage) {
        Theme.install();
    }

    @Test
    void aTextIsAsWideAsTheBundledFontDrawsIt(FxRobot robot) {
        double[] shown = new double[4];
        robot.interact(() -> {
            shown[0] = TextWidths.of("Ganzhou Rare Earth", false);
            shown[1] = measured("Ganzhou Rare Earth", FontWeight.NORMAL);
            shown[2] = TextWidths.of("Ganzhou Rare Earth", true);
            shown[3] = measured("Ganzhou Rare Earth", FontWeight.BOLD);
        });
        assertThat(shown[0]).isEqualTo(shown[1]).isPositive();
        assertThat(shown[2]).isEqualTo(shown[3]).isGreaterThan(shown[0]);
    }

    @Test
    void theLongestWordIsTheWidestWordMeasuredAloneTheSecondTimeToo(FxRobot robot) {
        String name = "Baotou Steel Rare-Earth (Group) Hi-Tech Co., Ltd.";
        double[] shown = new double[3];
        robot.interact(() -> {
            shown[0] = TextWidths.longestWord(name, false);
            shown[1] = TextWidths.longestWord(name, false);
            shown[2] = measured("Rare-Earth", FontWeight.NORMAL) + TextWidths.CELL_PADDING;
        });
        assertThat(shown[0]).isEqualTo(shown[2]);
        assertThat(shown[1]).as("from the words kept").isEqualTo(shown[0]);
        double[] bold = new double[1];
        robot.interact(() -> bold[0] = TextWidths.longestWord(name, true));
        assertThat(bold[0]).as("bold words are kept apart").isGreaterThan(shown[0]);
    }

    @Test
    void aChineseNameBreaksBetweenCharactersAsJavaFxWrapsItSoItsLongestWordIsOneOfThem(FxRobot robot) {
        assertThat(TextWidths.words("龙岩丰源磁性材料有限公司")).hasSize(12).contains("龙", "司");
        // Brackets stay with the character they hold; Latin words between spaces stay whole.
        assertThat(TextWidths.words("赣州（稀土）集团 Ganzhou Rare-Earth")).contains("（稀", "土）", "Ganzhou", "Rare-Earth");
        double[] shown = new double[3];
        robot.interact(() -> {
            shown[0] = TextWidths.longestWord("龙岩丰源磁性材料有限公司", false);
            shown[1] = TextWidths.column("龙岩丰源磁性材料有限公司", false);
            shown[2] = measured("龙", FontWeight.NORMAL) + TextWidths.CELL_PADDING;
        });
        assertThat(shown[0]).isEqualTo(shown[2]).isLessThan(shown[1] / 3);
    }

    private static double measured(String text, FontWeight weight) {
        Text node = new Text(text);
        node.setFont(Font.font(BundledFonts.FAMILY, weight, 14));
        return Math.ceil(node.getLayoutBounds().getWidth());
    }
}
