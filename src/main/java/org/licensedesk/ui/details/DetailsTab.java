package org.licensedesk.ui.details;

import javafx.scene.control.Tab;
import org.licensedesk.domain.ApplicationDetails;

/** One tab of the details pane. Adding a tab means writing one of these and listing it in {@link DetailsView}. */
interface DetailsTab {
    Tab tab();

    /** Fills the tab with this application; never called with null (the pane then hides the tabs). */
    void show(ApplicationDetails details);
}
