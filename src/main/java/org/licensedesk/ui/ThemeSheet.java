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

    /** The build's step: {@code ThemeSheet TARGET.bss} writes the compiled sheet. */
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
