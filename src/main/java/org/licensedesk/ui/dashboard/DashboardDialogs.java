package org.licensedesk.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs of the dashboards beyond the {@link org.licensedesk.ui.DialogService}: where to save a chart. */
public interface DashboardDialogs {

    /** Asks where to save a chart as PNG, suggesting a file name; empty when the user cancels. */
    Optional<Path> choosePngFile(String suggestedName);
}
