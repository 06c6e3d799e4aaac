package org.licensedesk.ui.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.licensedesk.account.AccountService;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.history.SearchCancel;
import org.licensedesk.history.HistoryService;

/** The services the History window uses, for one signed-in supervisor; called off the FX thread. */
public interface HistoryBackend {

    /** @throws java.util.concurrent.CancellationException when {@code cancel} is cancelled while it runs */
    HistoryPage firstPage(HistoryFilter filter, HistorySort sort, SearchCancel cancel);

    /** @throws java.util.concurrent.CancellationException when {@code cancel} is cancelled while it runs */
    HistoryPage nextPage(HistoryFilter filter, HistorySort sort, HistoryPage previous, SearchCancel cancel);

    /** @throws java.util.concurrent.CancellationException when cancelled; then no file is left */
    ExportResult export(HistoryFilter filter, ExportFormat format, Path target, ProgressListener progress,
            BooleanSupplier cancelled);

    /** All accounts, to choose an actor. */
    List<User> users();

    /** The desk's time zone: the filter's days and the time column. */
    ZoneId zone();

    static HistoryBackend of(HistoryService history, AuditExporter exporter, AccountService accounts, User user) {
        return new HistoryBackend() {
            @Override
            public HistoryPage firstPage(HistoryFilter filter, HistorySort sort, SearchCancel cancel) {
                return history.firstPage(user, filter, sort, cancel);
            }

            @Override
            public HistoryPage nextPage(HistoryFilter filter, HistorySort sort, HistoryPage previous,
                    SearchCancel cancel) {
                return history.nextPage(user, filter, sort, previous, cancel);
            }

            @Override
            public ExportResult export(HistoryFilter filter, ExportFormat format, Path target,
                    ProgressListener progress, BooleanSupplier cancelled) {
                return exporter.export(AuditScope.filter(filter, history.zone()), format, target, user, progress,
                        cancelled);
            }

            @Override
            public List<User> users() {
                return accounts.users();
            }

            @Override
            public ZoneId zone() {
                return history.zone();
            }
        };
    }
}
