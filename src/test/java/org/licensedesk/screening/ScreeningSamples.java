package org.licensedesk.screening;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The real list samples: the bundled CSL and OFAC files, and the older-header CSL file kept for tests. */
final class ScreeningSamples {
    private ScreeningSamples() {
    }

    static Path file(String name) {
        try {
            var url = ScreeningSamples.class.getResource("/org/licensedesk/screening/" + name);
            if (url == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path cslCurrent() {
        return file("csl.csv");
    }

    static Path cslOlderHeader() {
        return file("csl-older-header.csv");
    }

    static List<Path> ofac() {
        return List.of(file("sdn.csv"), file("alt.csv"), file("add.csv"));
    }
}
