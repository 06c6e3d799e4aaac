package org.licensedesk.ui.dashboard;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.queue.QueueService;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.history.HistoryFilter;

/** The dashboard figures, behind an interface for the view model's tests. Called off the FX thread. */
public interface DashboardSource {

    DashboardPeriod defaultPeriod();

    Dashboard dashboard(DashboardPeriod period, ProgressListener progress);

    /** The history filter behind a figure; empty when no application is behind it. */
    Optional<HistoryFilter> historyFilter(Trace trace);

    /** The open applications an age bar counts, as queue rows, the longest overdue first. */
    List<QueueRow> openApplications(Trace.OpenAged aged);

    static DashboardSource of(DashboardService service, QueueService queue) {
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

            @Override
            public List<QueueRow> openApplications(Trace.OpenAged aged) {
                Set<String> references = Set.copyOf(service.openApplications(aged));
                if (references.isEmpty()) {
                    return List.of();
                }
                return queue.queue(EnumSet.copyOf(ApplicationStatus.openStatuses())).stream()
                        .filter(row -> references.contains(row.reference()))
                        .sorted(Comparator.comparingInt((QueueRow row) -> row.deadline().workingDaysLeft())
                                .thenComparing(QueueRow::reference))
                        .toList();
            }
        };
    }
}
