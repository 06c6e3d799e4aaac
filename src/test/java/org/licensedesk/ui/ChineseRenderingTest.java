package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chinese renders with the bundled font alone: this machine has no CJK font, so without {@link BundledFonts} every
 * character below would be the same missing-glyph box. Each character must have ink, a width, and differ from the box
 * and from the other characters; bold must use the bold face.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseRenderingTest {
    // Menu words of the Chinese bundle: 文件 (File), 视图 (View), 审查 (review).
    private static final String CHINESE = "文件视图审查";
    // A private-use code point: no font has a glyph for it, so it shows what a missing glyph looks like.
    private static final String MISSING = "\uE000";

    private Label regular;
    private Label bold;

    @Start
    void start(Stage stage) {
        Theme.install();
        regular = new Label(CHINESE);
        bold = new Label(CHINESE);
        bold.setStyle("-fx-font-weight: bold;");
        stage.setScene(new Scene(new VBox(8, regular, bold), 400, 200));
        stage.show();
    }

    @Test
    void labelsUseTheBundledFontInBothWeights() {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(regular.getFont().getFamily()).isEqualTo(BundledFonts.FAMILY);
        assertThat(bold.getFont().getFamily()).isEqualTo(BundledFonts.FAMILY);
        assertThat(bold.getFont().getName()).isEqualTo(BundledFonts.FAMILY + " Bold");
    }

    @Test
    void eachChineseCharacterHasItsOwnGlyphNotTheMissingBox() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int[] box = render(MISSING, false);

        int[][] glyphs = new int[CHINESE.length()][];
        for (int i = 0; i < CHINESE.length(); i++) {
            String character = CHINESE.substring(i, i + 1);
            glyphs[i] = render(character, false);
            assertThat(ink(glyphs[i])).as("ink of %s", character).isGreaterThan(20);
            assertThat(glyphs[i]).as("%s against the missing-glyph box", character).isNotEqualTo(box);
            for (int j = 0; j < i; j++) {
                assertThat(glyphs[i]).as("%s against %s", character, CHINESE.charAt(j)).isNotEqualTo(glyphs[j]);
            }
        }
        assertThat(width(CHINESE)).isGreaterThan(CHINESE.length() * 10.0);
    }

    @Test
    void boldChineseHasMoreInkThanRegular() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < CHINESE.length(); i++) {
            String character = CHINESE.substring(i, i + 1);
            assertThat(ink(render(character, true))).as("bold %s", character)
                    .isGreaterThan(ink(render(character, false)));
        }
    }

    @Test
    void theChineseBundleIsWhatTheMenusShow() {
        ResourceBundle chinese = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);

        assertThat(chinese.getString("menu.file")).startsWith("文件");
        assertThat(chinese.getString("menu.view")).startsWith("视图");
    }

    /** The pixels of one character drawn black on white at 24 px, in a fixed-size image. */
    private static int[] render(String text, boolean boldWeight) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Label label = new Label(text);
            label.setStyle("-fx-font-size: 24px; -fx-text-fill: black; -fx-background-color: white;"
                    + (boldWeight ? " -fx-font-weight: bold;" : ""));
            label.setMinSize(40, 40);
            label.setPrefSize(40, 40);
            label.setMaxSize(40, 40);
            // In a scene of its own, so the theme's stylesheet (and with it the bundled font) applies.
            new Scene(label);
            WritableImage image = label.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            int[] argb = new int[40 * 40];
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    argb[y * 40 + x] = pixels.getArgb(x, y);
                }
            }
            return argb;
        }).get();
    }

    private static double width(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Text node = new Text(text);
            new Scene(new VBox(node));
            node.applyCss();
            return node.getLayoutBounds().getWidth();
        }).get();
    }

    /** How many pixels are dark: the strokes of the glyph. */
    private static long ink(int[] argb) {
        return Arrays.stream(argb).filter(pixel -> ((pixel >> 8) & 0xFF) < 128).count();
    }
}
