package org.licensedesk.ui.calendar;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.licensedesk.calendar.CalendarImport;
import org.licensedesk.calendar.CalendarService;
import org.licensedesk.calendar.CalendarService.YearCoverage;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * Tools → Working-day calendar…: the years the calendar covers and where each comes from; supervisors import a year
 * (Regulations Art. 17 counts working days). Also the status bar's warning, from 1 November, that next year is not
 * covered yet.
 */
public final class CalendarViewModel {
    /** What the window needs of the calendar service. */
    public interface Backend {
        List<YearCoverage> coverage();

        OptionalInt uncoveredNextYear();

        CalendarImport importFile(Path file, User by);

        static Backend of(CalendarService service) {
            return new Backend() {
                @Override
                public List<YearCoverage> coverage() {
                    return service.coverage();
                }

                @Override
                public OptionalInt uncoveredNextYear() {
                    return service.uncoveredNextYear();
                }

                @Override
                public CalendarImport importFile(Path file, User by) {
                    return service.importFile(file, by);
                }
            };
        }
    }

    private final Backend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<YearCoverage> years = FXCollections.observableArrayList();
    private final ZoneId zone;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper warningDetail = new ReadOnlyStringWrapper(this, "warningDetail", "");

    public CalendarViewModel(Backend backend, User user, TaskExecutor executor, DialogService dialogs,
                             Messages messages, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The time zone import times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** Supervisors import; everyone may look. */
    public boolean mayImport() {
        return user.role() == UserRole.SUPERVISOR && user.active();
    }

    public ObservableList<YearCoverage> years() {
        return years;
    }

    /** The status bar's warning, empty when there is nothing to warn about. */
    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    /** The warning in full, with what to do: the status bar's tooltip. */
    public ReadOnlyStringProperty warningDetail() {
        return warningDetail.getReadOnlyProperty();
    }

    /** Reads the covered years and the warning in the background. */
    public void load() {
        Supplier<Loaded> read = () -> new Loaded(backend.coverage(), backend.uncoveredNextYear());
        BackgroundTask.wrap(read::get)
                .withTitle(messages.get("calendar.loading"))
                .onSuccess(this::show)
                .onFailure(failure -> dialogs.showError(messages.get("calendar.loadFailed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("calendar.loadFailed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    /** Asks for a calendar CSV and imports it in the background, then reads the years again. */
    public void importFile() {
        if (!mayImport()) {
            return;
        }
        List<Path> files = dialogs.chooseFiles(messages.get("calendar.import.chooser"),
                messages.get("calendar.import.chooser.filter"), List.of("*.csv", "*.CSV"), false);
        if (files.isEmpty()) {
            return;
        }
        Function<Path, CalendarImport> run = file -> backend.importFile(file, user);
        BackgroundTask.wrap(() -> run.apply(files.get(0)))
                .withTitle(messages.get("calendar.import.running"))
                .onSuccess(result -> {
                    dialogs.showInformation(messages.get("calendar.import.done.title"), done(result));
                    load();
                })
                .onFailure(failure -> dialogs.showError(messages.get("calendar.import.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("calendar.import.failed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    private String done(CalendarImport result) {
        StringBuilder years = new StringBuilder();
        for (CalendarImport.YearImported year : result.years()) {
            if (years.length() > 0) {
                years.append(", ");
            }
            years.append(year.year());
        }
        return messages.format("calendar.import.done.message", years.toString(), result.file(), result.sha256(),
                result.provisionalBefore(), result.provisionalAfter(), result.openApplications());
    }

    private void show(Loaded loaded) {
        years.setAll(loaded.years());
        String year = loaded.uncovered().isPresent() ? String.valueOf(loaded.uncovered().getAsInt()) : null;
        warning.set(year == null ? "" : messages.format("calendar.warning.nextYear", year));
        warningDetail.set(year == null ? "" : messages.format("calendar.warning.nextYear.detail", year));
    }

    private record Loaded(List<YearCoverage> years, OptionalInt uncovered) {
    }
}
