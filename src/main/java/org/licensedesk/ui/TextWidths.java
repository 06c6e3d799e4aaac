package org.licensedesk.ui;

import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide a text is in the window's font ({@link BundledFonts} at the theme's 14 px), for columns that must show
 * their content whole: a reference, a date, the longest word of a header that wraps.
 */
public final class TextWidths {
    // The theme's base size (AtlantaFX: 14 px) and the room a table cell or header keeps around its text.
    private static final double FONT_SIZE = 14;
    public static final double CELL_PADDING = 24;

    private TextWidths() {
    }

    public static double of(String text, boolean bold) {
        Text node = new Text(text);
        node.setFont(Font.font(BundledFonts.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT_SIZE));
        return Math.ceil(node.getLayoutBounds().getWidth());
    }

    /** The width a column needs to show this text in its cells or header. */
    public static double column(String text, boolean bold) {
        return of(text, bold) + CELL_PADDING;
    }

    /** The width a wrapping header needs so that no word of its title is cut. */
    public static double longestWord(String text, boolean bold) {
        return Arrays.stream(text.split("\\s+")).mapToDouble(word -> of(word, bold)).max().orElse(0) + CELL_PADDING;
    }
}
