package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The windows' icon is the size JavaFX shows it at on Linux (128 px): a larger one is scaled down on the FX thread
 * at each window's first show (issue 11, launch to painted queue).
 */
class WindowIconTest {
    @Test
    void theWindowIconIsOneHundredTwentyEightPixelsSquare() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(Theme.ICON)) {
            assertThat(in).as("the build copies assets/licensedesk-128.png to " + Theme.ICON).isNotNull();
            BufferedImage icon = ImageIO.read(in);
            assertThat(icon.getWidth()).isEqualTo(128);
            assertThat(icon.getHeight()).isEqualTo(128);
        }
    }
}
