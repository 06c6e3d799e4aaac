package org.licensedesk.ui.screening;

import java.nio.file.Path;
import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.ListImportResult;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.screening.ThresholdChange;

/** What the supervisors' screening commands need of the screening service; tests pass a fake. */
public interface ScreeningToolsBackend {
    int threshold();

    ThresholdChange setThreshold(int threshold, User by);

    ListImportResult importList(ListFormat format, List<Path> files, User by);

    static ScreeningToolsBackend of(ScreeningService screening) {
        return new ScreeningToolsBackend() {
            @Override
            public int threshold() {
                return screening.threshold();
            }

            @Override
            public ThresholdChange setThreshold(int threshold, User by) {
                return screening.setThreshold(threshold, by);
            }

            @Override
            public ListImportResult importList(ListFormat format, List<Path> files, User by) {
                return screening.importList(format, files, by);
            }
        };
    }
}
