package org.licensedesk.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide a text is in the window's font ({@link BundledFonts} at the theme's 14 px), for columns that must show
 * their content whole: a reference, a date, the longest word of a header that wraps.
 *
 * <p>The queue asks for every applicant's name and its longest word as each page arrives (issue 11: 28 of the FX
 * thread's ~200 samples on the way to the first paint were here, each call looking the font up again): the two fonts
 * are looked up once, and words, which names share ("Co.,", "Ltd.", "Rare", "Earth"), are measured once each.
 */
public final class TextWidths {
    // The theme's base size (AtlantaFX: 14 px) and the room a table cell or header keeps around its text.
    private static final double FONT_SIZE = 14;
    public static final double CELL_PADDING = 24;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int WORDS_KEPT = 4096;

    private static Font regular;
    private static Font bold;
    // Widths of words measured, regular and bold apart; the least recently used go past WORDS_KEPT.
    private static final Map<String, Double> WORD_WIDTHS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > WORDS_KEPT;
        }
    };

    private TextWidths() {
    }

    public static synchronized double of(String text, boolean bold) {
        Text node = new Text(text);
        node.setFont(font(bold));
        return Math.ceil(node.getLayoutBounds().getWidth());
    }

    /** The width a column needs to show this text in its cells or header. */
    public static double column(String text, boolean bold) {
        return of(text, bold) + CELL_PADDING;
    }

    /** The width a wrapping header or cell needs so that no word of its text is cut. */
    public static synchronized double longestWord(String text, boolean bold) {
        double widest = 0;
        for (String word : words(text)) {
            Double width = WORD_WIDTHS.get(key(word, bold));
            if (width == null) {
                width = of(word, bold);
                if ((bold ? TextWidths.bold : regular) != null) {
                    WORD_WIDTHS.put(key(word, bold), width);
                }
            }
            widest = Math.max(widest, width);
        }
        return widest + CELL_PADDING;
    }

    /**
     * The parts of a text a line may not break within: words between spaces, and in Chinese, which a line may break
     * between any two characters, the parts the JDK's line breaker gives, as JavaFX wraps them (龙|岩|丰|源…, a
     * bracket kept with its character: （稀|土）).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(text)) {
            if (word.codePoints().noneMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN)) {
                words.add(word);
                continue;
            }
            BreakIterator lines = BreakIterator.getLineInstance(Locale.CHINESE);
            lines.setText(word);
            for (int start = lines.first(), end = lines.next(); end != BreakIterator.DONE;
                    start = end, end = lines.next()) {
                words.add(word.substring(start, end));
            }
        }
        return words;
    }

    private static String key(String word, boolean bold) {
        return bold ? "\u0001" + word : word;
    }

    /** The bundled font at the theme's size; kept once found (before the fonts are loaded, a fallback is not kept). */
    private static Font font(boolean bold) {
        Font kept = bold ? TextWidths.bold : regular;
        if (kept != null) {
            return kept;
        }
        Font found = Font.font(BundledFonts.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT_SIZE);
        if (BundledFonts.FAMILY.equals(found.getFamily())) {
            if (bold) {
                TextWidths.bold = found;
            } else {
                regular = found;
            }
        }
        return found;
    }
}
