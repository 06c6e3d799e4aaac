package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bundled font is a subset (assets/fonts/subset-noto-cjk.py): every character of the Chinese texts must be in
 * it, or a machine without a CJK font shows a box. Reads the fonts' character maps directly, so the answer does not
 * depend on which fonts this machine happens to have.
 */
class BundledFontCoverageTest {

    @Test
    void everyCharacterOfTheChineseTextsHasAGlyphInBothWeights() throws IOException {
        ResourceBundle chinese = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        Set<Integer> used = new TreeSet<>();
        for (String key : chinese.keySet()) {
            chinese.getString(key).codePoints().filter(c -> c >= 0x20).forEach(used::add);
        }
        for (String file : BundledFonts.FILES) {
            Set<Integer> mapped = characterMap(file);
            Set<Integer> missing = new TreeSet<>(used);
            missing.removeAll(mapped);
            assertThat(missing).as("characters of the Chinese texts missing from %s (run the subset script)", file)
                    .isEmpty();
            // The common simplified characters, whether or not a text uses them yet: 审 (review), 赣 (Gan).
            assertThat(mapped).contains((int) '审', (int) '赣', (int) '…', (int) '≤');
        }
    }

    /** The code points the font's Unicode character map (cmap format 4 or 12) gives a glyph. */
    private static Set<Integer> characterMap(String resource) throws IOException {
        ByteBuffer font;
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            font = ByteBuffer.wrap(in.readAllBytes());
        }
        int tables = font.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == 0x636D6170) { // 'cmap'
                cmap = font.getInt(record + 8);
            }
        }
        assertThat(cmap).as("cmap table of %s", resource).isPositive();
        int subtables = font.getShort(cmap + 2) & 0xFFFF;
        Set<Integer> mapped = new HashSet<>();
        for (int i = 0; i < subtables; i++) {
            int offset = cmap + font.getInt(cmap + 4 + 8 * i + 4);
            int format = font.getShort(offset) & 0xFFFF;
            if (format == 12) {
                long groups = font.getInt(offset + 12) & 0xFFFFFFFFL;
                for (int g = 0; g < groups; g++) {
                    int start = font.getInt(offset + 16 + 12 * g);
                    int end = font.getInt(offset + 20 + 12 * g);
                    for (int c = start; c <= end; c++) {
                        mapped.add(c);
                    }
                }
            } else if (format == 4) {
                int segments = (font.getShort(offset + 6) & 0xFFFF) / 2;
                int ends = offset + 14;
                int starts = ends + 2 * segments + 2;
                for (int s = 0; s < segments; s++) {
                    int start = font.getShort(starts + 2 * s) & 0xFFFF;
                    int end = font.getShort(ends + 2 * s) & 0xFFFF;
                    for (int c = start; c <= end && c != 0xFFFF; c++) {
                        mapped.add(c);
                    }
                }
            }
        }
        return mapped;
    }
}
