package org.licensedesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;

/**
 * The one user-agent stylesheet {@link Theme} installs: AtlantaFX Primer Light, then the ControlsFX colours, then the
 * bundled font. The build compiles it to JavaFX's binary form ({@value #COMPILED}, in {@code process-classes}):
 * parsing its 175 KB of text took 0.3-1.1 s of the FX thread at every start, loading the binary ~0.1 s (issue 11).
 */
public final class ThemeSheet {
    /** Where the build puts the compiled sheet on the class path; a run from sources without it parses the text. */
    public static final String COMPILED = "/org/licensedesk/ui/theme.bss";
    static final String CONTROLSFX_COLOURS = "/org/licensedesk/ui/controlsfx-atlantafx.css";
    static final String FONTS = "/org/licensedesk/ui/fonts.css";

    private ThemeSheet() {
    }

    /** The sheet as CSS text. */
    public static String text() {
        return read(new PrimerLight().getUserAgentStylesheet()) + "\n" + read(CONTROLSFX_COLOURS) + "\n" + read(FONTS);
    }

    /**
     * The build's step: {@code ThemeSheet TARGET.bss [SHEET.css ...]} writes the compiled theme, and each further
     * sheet's compiled form beside it ({@code SHEET.bss}), which JavaFX loads instead of parsing the text when a scene
     * names {@code SHEET.css} (the app's own 13 KB sheet took ~0.1-0.2 s of the FX thread to parse at every start,
     * issue 11).
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path source = Files.createTempFile("licensedesk-theme", ".css");
        try {
            Files.writeString(source, text(), StandardCharsets.UTF_8);
            Stylesheet.convertToBinary(source.toFile(), target.toFile());
        } finally {
            Files.deleteIfExists(source);
        }
        for (int i = 1; i < args.length; i++) {
            Path sheet = Path.of(args[i]);
            Stylesheet.convertToBinary(sheet.toFile(), compiledBeside(sheet).toFile());
        }
    }

    /** Where JavaFX looks for a sheet's compiled form: {@code name.css} → {@code name.bss}, in the same folder. */
    static Path compiledBeside(Path sheet) {
        String name = sheet.getFileName().toString();
        if (!name.endsWith(".css")) {
            throw new IllegalArgumentException("Not a .css sheet: " + sheet);
        }
        return sheet.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
    }

    private static String read(String resource) {
        try (InputStream in = ThemeSheet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing stylesheet " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
