package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A window saved on a larger screen opens within the smaller one, whole. */
class WindowPlacementFitTest {
    private static final Rectangle2D SMALL_SCREEN = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void aWindowSavedAt1440x900OpensWithinA1366x768Screen() {
        Rectangle2D saved = new Rectangle2D(36, 15, 1368, 855);

        assertThat(WindowPlacement.fit(saved, SMALL_SCREEN, 900, 560))
                .isEqualTo(new Rectangle2D(0, 0, 1366, 768));
    }

    @Test
    void aWindowThatFitsKeepsItsPlaceAndSize() {
        Rectangle2D saved = new Rectangle2D(100, 50, 1000, 600);

        assertThat(WindowPlacement.fit(saved, SMALL_SCREEN, 900, 560)).isEqualTo(saved);
    }

    @Test
    void aWindowHangingOverTheEdgeIsMovedBackOntoTheScreen() {
        Rectangle2D saved = new Rectangle2D(700, 400, 1000, 600);

        assertThat(WindowPlacement.fit(saved, SMALL_SCREEN, 900, 560))
                .isEqualTo(new Rectangle2D(366, 168, 1000, 600));
    }
}
