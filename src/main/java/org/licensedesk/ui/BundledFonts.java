package org.licensedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The font the window ships, so Chinese renders on a machine without a CJK font: a subset of Noto Sans CJK SC
 * (SIL OFL 1.1, licence beside it in {@code fonts/OFL.txt}), regular and bold, so bold text stays bold. Its Latin
 * letters are Source Sans', so the whole window uses it in either language.
 */
public final class BundledFonts {
    /** The family name both files register; {@code fonts.css} names it for every window. */
    public static final String FAMILY = "Noto Sans CJK SC";
    static final List<String> FILES = List.of(
            "/org/licensedesk/ui/fonts/NotoSansCJKsc-Regular-subset.otf",
            "/org/licensedesk/ui/fonts/NotoSansCJKsc-Bold-subset.otf");

    private static boolean loaded;

    private BundledFonts() {
    }

    /** Registers both weights with JavaFX, once per JVM; before the first window that uses them. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font " + file);
                }
                Font font = Font.loadFont(in, 0);
                if (font == null || !FAMILY.equals(font.getFamily())) {
                    throw new IllegalStateException("JavaFX did not load the font " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
