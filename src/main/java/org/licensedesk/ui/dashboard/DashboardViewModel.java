package org.licensedesk.ui.dashboard;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The dashboards' state: the period (whole months), the figures computed for it in the background, and the commands
 * to refresh them, to trace a figure to the history of its applications and to save a chart as PNG.
 */
public final class DashboardViewModel {
    /** How far back the period choosers reach. */
    static final int MONTHS_OFFERED = 24;

    private final DashboardSource source;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DashboardDialogs files;
    private final Messages messages;
    private final Consumer<HistoryFilter> openHistory;
    private final Consumer<ApplicationList> openApplications;
    private final ObjectProperty<YearMonth> from = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> to = new SimpleObjectProperty<>();
    private final List<YearMonth> months;
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param openHistory      shows the history a figure of decisions traces to; the main window decides how
     * @param openApplications shows the applications a figure of open applications counts
     */
    public DashboardViewModel(DashboardSource source, TaskExecutor executor, DialogService dialogs,
            DashboardDialogs files, Messages messages, Consumer<HistoryFilter> openHistory,
            Consumer<ApplicationList> openApplications) {
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.files = Objects.requireNonNull(files, "files");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.openHistory = Objects.requireNonNull(openHistory, "openHistory");
        this.openApplications = Objects.requireNonNull(openApplications, "openApplications");
        DashboardPeriod period = source.defaultPeriod();
        from.set(period.from());
        to.set(period.to());
        months = new ArrayList<>();
        for (int back = MONTHS_OFFERED - 1; back >= 0; back--) {
            months.add(period.to().minusMonths(back));
        }
        // A period is never backwards: moving one end past the other takes the other along.
        from.addListener((observable, before, after) -> {
            if (after != null && to.get() != null && to.get().isBefore(after)) {
                to.set(after);
            }
        });
        to.addListener((observable, before, after) -> {
            if (after != null && from.get() != null && after.isBefore(from.get())) {
                from.set(after);
            }
        });
    }

    /** Computes the figures for the chosen period in the background. */
    public void refresh() {
        DashboardPeriod period = period();
        busy.set(true);
        progress.set(-1);
        status.set(messages.get("dashboard.loading"));
        BackgroundTask.wrapWithProgress(sink -> source.dashboard(period, sink::update))
                .withTitle(messages.get("dashboard.loading"))
                .onProgress(progress::set)
                .onSuccess(figures -> {
                    busy.set(false);
                    dashboard.set(figures);
                    status.set(messages.format("dashboard.status", period.firstDay().toString(),
                            period.lastDay().toString(), figures.asOf().toString()));
                })
                .onFailure(failure -> {
                    busy.set(false);
                    status.set(messages.get("dashboard.failed.status"));
                    dialogs.showError(messages.get("dashboard.failed.title"), ErrorText.whatHappened(failure, messages),
                            messages.get("dashboard.failed.whatToDo"), failure);
                })
                .executeWith(executor);
    }

    /**
     * Shows what a figure counts: the open applications of an age bar (looked up in the background), or the history
     * of the decisions behind a figure of decisions.
     */
    public void open(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        if (trace instanceof Trace.OpenAged aged) {
            BackgroundTask.wrap(() -> source.openApplications(aged))
                    .withTitle(messages.get("dashboard.tracing"))
                    .onSuccess(rows -> {
                        if (rows.isEmpty()) {
                            nothingBehind();
                        } else {
                            openApplications.accept(new ApplicationList(messages.format("dashboard.applications.title",
                                    ageCategory(messages, aged), rows.size()), rows));
                        }
                    })
                    .onFailure(this::traceFailed)
                    .executeWith(executor);
            return;
        }
        BackgroundTask.wrap(() -> source.historyFilter(trace))
                .withTitle(messages.get("dashboard.tracing"))
                .onSuccess(filter -> filter.ifPresentOrElse(openHistory, this::nothingBehind))
                .onFailure(this::traceFailed)
                .executeWith(executor);
    }

    /** "0–10", "over 45": an age bar's working days, in the chart and in the title of its applications. */
    static String ageCategory(Messages messages, Trace.OpenAged aged) {
        return aged.withoutLimit() ? messages.get("dashboard.age.noLimit")
                : ageCategory(messages, aged.fromDays(), aged.toDays());
    }

    static String ageCategory(Messages messages, int fromDays, int toDays) {
        return toDays == Integer.MAX_VALUE ? messages.format("dashboard.age.over", fromDays - 1)
                : fromDays + "\u2013" + toDays;
    }

    private void nothingBehind() {
        dialogs.showInformation(messages.get("dashboard.trace.none.title"),
                messages.get("dashboard.trace.none.message"));
    }

    private void traceFailed(Throwable failure) {
        dialogs.showError(messages.get("dashboard.trace.failed.title"), ErrorText.whatHappened(failure, messages),
                messages.get("dashboard.trace.failed.whatToDo"), failure);
    }

    /**
     * Saves a chart as PNG where the user chooses; the picture is taken once the file is chosen, and written in the
     * background.
     *
     * @param chartName short name for the suggested file name, such as "decisions-per-week"
     * @param snapshot  takes the picture of the chart as it is shown
     */
    public void save(String chartName, Supplier<RenderedImage> snapshot) {
        DashboardPeriod period = period();
        String suggested = "licensedesk-" + chartName + "-" + period.from() + "-to-" + period.to() + ".png";
        files.choosePngFile(suggested).ifPresent(target -> {
            RenderedImage image = snapshot.get();
            BackgroundTask.wrap(() -> write(image, target))
                    .withTitle(messages.format("dashboard.saving", target.getFileName().toString()))
                    .onSuccess(written -> status.set(messages.format("dashboard.saved", written.toString())))
                    .onFailure(failure -> dialogs.showError(messages.get("dashboard.save.failed.title"),
                            ErrorText.whatHappened(failure, messages), messages.get("dashboard.save.failed.whatToDo"),
                            failure))
                    .executeWith(executor);
        });
    }

    private static Path write(RenderedImage image, Path target) throws IOException {
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new IOException("No PNG writer is available to save " + target);
        }
        return target;
    }

    public DashboardPeriod period() {
        return new DashboardPeriod(from.get(), to.get());
    }

    /** The months the period choosers offer, oldest first, up to this month. */
    public List<YearMonth> months() {
        return List.copyOf(months);
    }

    public ObjectProperty<YearMonth> fromProperty() {
        return from;
    }

    public ObjectProperty<YearMonth> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public Dashboard dashboard() {
        return dashboard.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1 while computing, -1 while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the figures are for, or what is being done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
