package org.licensedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The look of the window: AtlantaFX Primer Light, a small sheet that gives ControlsFX the Modena colours it
 * looks up, and the bundled font ({@link BundledFonts}), installed together as ONE user-agent stylesheet (a scene
 * stylesheet would not reach popups; {@link ThemeSheet}, compiled by the build), and the app's own
 * {@code licensedesk.css} on each scene.
 */
public final class Theme {
    /**
     * The window icon at the size JavaFX gives it on Linux: a larger one is scaled down to 128 px on the FX thread at
     * each window's first show (issue 11, launch to painted queue). assets/licensedesk.png (256 px) is the installer's.
     */
    static final String ICON = "/org/licensedesk/ui/licensedesk-128.png";

    private Theme() {
    }

    /** JVM-wide: every window and popup of this process gets the theme and the bundled font. Call on the FX thread. */
    public static void install() {
        BundledFonts.load();
        URL compiled = Theme.class.getResource(ThemeSheet.COMPILED);
        if (compiled != null) {
            Application.setUserAgentStylesheet(compiled.toExternalForm());
            return;
        }
        String encoded = Base64.getEncoder().encodeToString(ThemeSheet.text().getBytes(StandardCharsets.UTF_8));
        Application.setUserAgentStylesheet("data:text/css;base64," + encoded);
    }

    /** The application's icon (assets/licensedesk-128.png) on a window of its own. */
    public static void giveIcon(Stage stage) {
        InputStream in = Theme.class.getResourceAsStream(ICON);
        if (in != null) {
            try (in) {
                stage.getIcons().add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(UiStyles.STYLESHEET).toExternalForm());
    }
}
