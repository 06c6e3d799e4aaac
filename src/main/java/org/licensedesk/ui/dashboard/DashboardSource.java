package org.licensedesk.ui.dashboard;

import java.util.Optional;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.history.HistoryFilter;

/** The dashboard figures, behind an interface for the view model's tests. Called off the FX thread. */
public interface DashboardSource {

    DashboardPeriod defaultPeriod();

    Dashboard dashboard(DashboardPeriod period, ProgressListener progress);

    /** The history filter behind a figure; empty when no application is behind it. */
    Optional<HistoryFilter> historyFilter(Trace trace);

    static DashboardSource of(DashboardService service) {
        return new DashboardSource() {
            @Override
            public DashboardPeriod defaultPeriod() {
                return service.defaultPeriod();
            }

            @Override
            public Dashboard dashboard(DashboardPeriod period, ProgressListener progress) {
                return service.dashboard(period, progress);
            }

            @Override
            public Optional<HistoryFilter> historyFilter(Trace trace) {
                return service.historyFilter(trace);
            }
        };
    }
}
