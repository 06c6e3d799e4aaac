package org.licensedesk.ui.licence;

import java.time.LocalDate;
import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.LicenceFigures;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.licence.LicenceService;

/** What the Licences window needs of the licence service. */
public interface LicencesBackend {
    /** Records the expiries due (once each), then lists: what {@code licences} on the command line does. */
    List<LicenceSummary> list(User user, LicenceFilter filter, int limit);

    LocalDate today();

    /** The licence dashboards (after the list has recorded the expiries due). */
    LicenceFigures figures();

    static LicencesBackend of(LicenceService licences) {
        return new LicencesBackend() {
            @Override
            public List<LicenceSummary> list(User user, LicenceFilter filter, int limit) {
                licences.recordExpiries(user);
                return licences.list(filter, limit);
            }

            @Override
            public LicenceFigures figures() {
                return licences.figures();
            }

            @Override
            public LocalDate today() {
                return licences.today();
            }
        };
    }
}
