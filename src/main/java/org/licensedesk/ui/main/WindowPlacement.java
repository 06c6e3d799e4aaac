package org.licensedesk.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.licensedesk.preferences.UserPreferences;

/**
 * Where a window was and how large, kept in a user's settings under a prefix ({@code mainWindow.x}, ...) and put back
 * the next time. A place that no screen shows any more (a monitor unplugged since) is not restored: the window keeps
 * its default place rather than open out of sight. Other windows can keep theirs the same way under their own prefix.
 */
public final class WindowPlacement {
    // Of a saved window at least this much must lie on a screen for it to be put back there.
    private static final double VISIBLE_MARGIN = 80;

    private final UserPreferences preferences;
    private final String prefix;

    public WindowPlacement(UserPreferences preferences, String prefix) {
        this.preferences = preferences;
        this.prefix = prefix;
    }

    /** Puts the stage where the settings say, if they say and a screen shows that place. Call once it is shown. */
    public void restore(Stage stage) {
        var x = preferences.getDouble(prefix + ".x");
        var y = preferences.getDouble(prefix + ".y");
        var width = preferences.getDouble(prefix + ".width");
        var height = preferences.getDouble(prefix + ".height");
        if (x.isPresent() && y.isPresent() && width.isPresent() && height.isPresent()) {
            Rectangle2D saved = new Rectangle2D(x.getAsDouble(), y.getAsDouble(),
                    Math.max(stage.getMinWidth(), width.getAsDouble()),
                    Math.max(stage.getMinHeight(), height.getAsDouble()));
            Rectangle2D screen = screenShowing(saved);
            if (screen != null) {
                // Saved on a larger screen (or resolution): made to fit the one it opens on, or its edge and status
                // bar would be out of sight (seen at 1366x768 after 1440x900).
                Rectangle2D fitted = fit(saved, screen, stage.getMinWidth(), stage.getMinHeight());
                stage.setX(fitted.getMinX());
                stage.setY(fitted.getMinY());
                stage.setWidth(fitted.getWidth());
                stage.setHeight(fitted.getHeight());
            }
        }
        if (preferences.getBoolean(prefix + ".maximized").orElse(false)) {
            stage.setMaximized(true);
        }
    }

    /** Writes the stage's place into the settings (not yet to disk). A maximised window keeps its normal bounds. */
    public void remember(Stage stage) {
        preferences.putBoolean(prefix + ".maximized", stage.isMaximized());
        if (stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getWidth())) {
            return;
        }
        preferences.putDouble(prefix + ".x", stage.getX());
        preferences.putDouble(prefix + ".y", stage.getY());
        preferences.putDouble(prefix + ".width", stage.getWidth());
        preferences.putDouble(prefix + ".height", stage.getHeight());
    }

    /**
     * The window made no larger than the screen (but not below its minimum size) and moved, if need be, so that it lies
     * on it.
     */
    static Rectangle2D fit(Rectangle2D window, Rectangle2D screen, double minWidth, double minHeight) {
        double width = Math.max(minWidth, Math.min(window.getWidth(), screen.getWidth()));
        double height = Math.max(minHeight, Math.min(window.getHeight(), screen.getHeight()));
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /** The visual bounds of a screen that shows enough of the window, or null when none does. */
    private static Rectangle2D screenShowing(Rectangle2D window) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D bounds = screen.getVisualBounds();
            double overlapWidth = Math.min(window.getMaxX(), bounds.getMaxX()) - Math.max(window.getMinX(),
                    bounds.getMinX());
            double overlapHeight = Math.min(window.getMaxY(), bounds.getMaxY()) - Math.max(window.getMinY(),
                    bounds.getMinY());
            if (overlapWidth >= VISIBLE_MARGIN && overlapHeight >= VISIBLE_MARGIN) {
                return bounds;
            }
        }
        return null;
    }
}
