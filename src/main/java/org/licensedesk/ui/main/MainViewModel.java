package org.licensedesk.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.audit.AuditToolsViewModel;
import org.licensedesk.ui.dashboard.DashboardViewModel;
import org.licensedesk.ui.audit.IntegrityViewModel;
import org.licensedesk.ui.details.DetailsViewModel;
import org.licensedesk.ui.details.HistoryViewModel;
import org.licensedesk.ui.details.LicenceViewModel;
import org.licensedesk.ui.details.RelatedViewModel;
import org.licensedesk.ui.licence.LicencesViewModel;
import org.licensedesk.ui.intake.IntakeViewModel;
import org.licensedesk.ui.queue.QueueViewModel;
import org.licensedesk.ui.calendar.CalendarViewModel;
import org.licensedesk.ui.flags.ApplicationFlagsViewModel;
import org.licensedesk.ui.flags.FlagRulesViewModel;
import org.licensedesk.ui.screening.ScreeningToolsViewModel;
import org.licensedesk.ui.workflow.CountersignThresholdViewModel;
import org.licensedesk.ui.screening.ScreeningViewModel;
import org.licensedesk.ui.task.TaskActivity;
import org.licensedesk.ui.team.TeamViewModel;
import org.licensedesk.ui.users.UsersViewModel;
import org.licensedesk.ui.workflow.ActionsViewModel;

/**
 * The main window's state for the signed-in user: the queue, the selected application's details with its workflow
 * actions, history and related applications, what the status bar says, and the menu's commands. The queue's selection
 * drives the details (the view adds a short delay so holding an arrow key does not load every row); each load of the
 * details reloads the workflow state, history and related applications with it.
 */
public final class MainViewModel {
    private final Path databaseLocation;
    private final String storeDescription;
    private final User user;
    private final QueueViewModel queue;
    private final DetailsViewModel details;
    private final HistoryViewModel history;
    private final RelatedViewModel related;
    private final ActionsViewModel actions;
    private final LicenceViewModel licence;
    private final LicencesViewModel licences;
    private final AuditToolsViewModel audit;
    private final UsersViewModel users;
    private final IntakeViewModel intake;
    private final ScreeningViewModel screening;
    private final ScreeningToolsViewModel screeningTools;
    private final CalendarViewModel calendar;
    private final FlagRulesViewModel flagRules;
    private final CountersignThresholdViewModel countersignThreshold;
    private final ApplicationFlagsViewModel flags;
    private final DashboardViewModel dashboards;
    private final TeamViewModel team;
    private final IntegrityViewModel integrity;
    private final TaskActivity activity;
    private final DialogService dialogs;
    private final Messages messages;
    // The status bar's last word when no task runs: the confirmation of the last action, or where the selection went.
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage");
    private final ReadOnlyStringWrapper copyableLicence = new ReadOnlyStringWrapper(this, "copyableLicence");

    /**
     * The parts of the window, built by {@link MainWindow#create}; team, integrity and dashboards are
     * null for reviewers.
     */
    record Parts(QueueViewModel queue, DetailsViewModel details, HistoryViewModel history, RelatedViewModel related,
            LicenceViewModel licence, LicencesViewModel licences, ActionsViewModel actions,
            AuditToolsViewModel audit, UsersViewModel users, IntakeViewModel intake,
            ScreeningViewModel screening, ScreeningToolsViewModel screeningTools, TeamViewModel team,
            IntegrityViewModel integrity, DashboardViewModel dashboards, CalendarViewModel calendar,
            FlagRulesViewModel flagRules, ApplicationFlagsViewModel flags,
            CountersignThresholdViewModel countersignThreshold) {
    }

    MainViewModel(Path databaseLocation, String storeDescription, User user, Parts parts, TaskActivity activity, DialogService dialogs,
            Messages messages) {
        this.databaseLocation = databaseLocation;
        this.storeDescription = storeDescription;
        this.user = user;
        this.queue = parts.queue();
        this.details = parts.details();
        this.history = parts.history();
        this.related = parts.related();
        this.licence = parts.licence();
        this.licences = parts.licences();
        this.actions = parts.actions();
        this.audit = parts.audit();
        this.users = parts.users();
        this.intake = parts.intake();
        this.screening = parts.screening();
        this.screeningTools = parts.screeningTools();
        this.calendar = parts.calendar();
        this.flagRules = parts.flagRules();
        this.flags = parts.flags();
        this.countersignThreshold = parts.countersignThreshold();
        this.dashboards = parts.dashboards();
        this.team = parts.team();
        this.integrity = parts.integrity();
        this.activity = activity;
        this.dialogs = dialogs;
        this.messages = messages;
        details.revisionProperty().addListener((observable, before, after) -> {
            actions.show(details.details());
            String shown = details.details() == null ? null : details.details().application().reference();
            history.show(shown);
            related.show(shown);
            licence.show(shown);
            screening.show(shown);
            flags.show(shown);
        });
        flags.confirmationProperty().addListener((observable, before, done) -> {
            if (done != null) {
                statusMessage.set(done);
            }
        });
        actions.confirmationProperty().addListener((observable, before, done) -> {
            if (done != null) {
                statusMessage.set(done.text());
                copyableLicence.set(done.licenceNumber());
            }
        });
        queue.movedOnProperty().addListener((observable, before, moved) -> {
            if (moved == null) {
                return;
            }
            ActionsViewModel.Confirmation done = actions.confirmationProperty().get();
            // After an action that took the application out of the inbox both are said: what was done, and where to.
            statusMessage.set(done != null && moved.startsWith(done.reference()) && statusMessage.get() != null
                    && statusMessage.get().startsWith(done.text()) ? done.text() + " \u00b7 " + moved : moved);
        });
    }

    /** The confirmation of the last action (and where the selection went), or null: shown when no task runs. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** The licence number the last approval issued, to copy from the status bar; null otherwise. */
    public ReadOnlyStringProperty copyableLicenceProperty() {
        return copyableLicence.getReadOnlyProperty();
    }

    /** Puts the last issued licence number on the clipboard and says so. */
    public void copyLicenceNumber(java.util.function.Consumer<String> clipboard) {
        String number = copyableLicence.get();
        if (number != null) {
            clipboard.accept(number);
            statusMessage.set(messages.format("confirm.copied", number));
        }
    }

    /** After an action changed the shown application: the queue row, the details, its state and history. */
    void afterChange() {
        queue.reload();
        details.reload();
    }

    public QueueViewModel queue() {
        return queue;
    }

    public DetailsViewModel details() {
        return details;
    }

    public HistoryViewModel history() {
        return history;
    }

    /** View → Licences. */
    public LicencesViewModel licences() {
        return licences;
    }

    public LicenceViewModel licence() {
        return licence;
    }

    public RelatedViewModel related() {
        return related;
    }

    public ActionsViewModel actions() {
        return actions;
    }

    /** File → Import applications. */
    public IntakeViewModel intake() {
        return intake;
    }

    /** The Screening tab of the details. */
    public ScreeningViewModel screening() {
        return screening;
    }

    /** File → Import screening list and Tools → Screening threshold, for supervisors. */
    public ScreeningToolsViewModel screeningTools() {
        return screeningTools;
    }

    /** The shown application's risk flags, above its summary, with Clear… (issue 13). */
    public ApplicationFlagsViewModel flags() {
        return flags;
    }

    /** Tools → Flag rules… (issue 13). */
    public FlagRulesViewModel flagRules() {
        return flagRules;
    }

    public CountersignThresholdViewModel countersignThreshold() {
        return countersignThreshold;
    }

    /** Tools → Working-day calendar… and the status bar's warning that next year is not covered. */
    public CalendarViewModel calendar() {
        return calendar;
    }

    public AuditToolsViewModel audit() {
        return audit;
    }

    /** Tools → Users, for supervisors; null for reviewers. */
    public UsersViewModel users() {
        return users;
    }

    /** View → Dashboards, for supervisors; null for reviewers. */
    public DashboardViewModel dashboards() {
        return dashboards;
    }

    /** View → Team, for supervisors; null for reviewers. */
    public TeamViewModel team() {
        return team;
    }

    /** The audit trail's integrity indicator, for supervisors; null for reviewers, who do not see it. */
    public IntegrityViewModel integrity() {
        return integrity;
    }

    public User user() {
        return user;
    }

    public boolean isSupervisor() {
        return user.role() == UserRole.SUPERVISOR;
    }

    /** "Wang Fang (Reviewer)". */
    public String userText() {
        return new DomainText(messages).user(user);
    }

    public String windowTitle() {
        return messages.format("main.title", userText(), storeDescription);
    }

    /** Where the database is: shown in the title, the status bar and Help → About. */
    public Path databaseLocation() {
        return databaseLocation;
    }

    public String databaseText() {
        return messages.format("main.database", storeDescription);
    }

    /**
     * The status bar's form: an H2 file by its name alone, since a whole path takes a third of a 1366-pixel status
     * bar and squeezed every other item while a task ran; the whole text is its tooltip, the title and Help → About.
     */
    public String databaseShortText() {
        String h2 = "H2 file ";
        if (storeDescription.startsWith(h2)) {
            Path file = Path.of(storeDescription.substring(h2.length())).getFileName();
            if (file != null) {
                return messages.format("main.database", h2 + file);
            }
        }
        return databaseText();
    }

    /**
     * "Showing 123 of 320": rows after the filters, of the rows loaded for the chosen statuses; "Showing the first 200
     * · counting…" while a long inbox shown before its count is counted (never a number that is not the count).
     */
    public StringBinding countsText() {
        return Bindings.createStringBinding(
                () -> switch (queue.rowCountProperty().get()) {
                    case COUNTED -> messages.format("main.counts", queue.shownCountProperty().get(),
                            queue.totalCountProperty().get());
                    case COUNTING -> messages.format("main.counts.counting", queue.shownCountProperty().get());
                    case NOT_COUNTED -> messages.format("main.counts.notCounted", queue.shownCountProperty().get());
                },
                queue.shownCountProperty(), queue.totalCountProperty(), queue.rowCountProperty());
    }

    /** The running task's title, else the last action's confirmation, else "Ready". */
    public StringBinding activityText() {
        return Bindings.createStringBinding(
                () -> activity.isBusy() ? activity.runningTaskTitleProperty().get()
                        : statusMessage.get() != null ? statusMessage.get() : messages.get("main.ready"),
                activity.busyProperty(), activity.runningTaskTitleProperty(), statusMessage);
    }

    /** For the status bar's progress bar: 0 hides it, -1 is "working, amount unknown". */
    public DoubleBinding progress() {
        return Bindings.createDoubleBinding(
                () -> activity.isBusy() ? activity.progressProperty().get() : 0,
                activity.busyProperty(), activity.progressProperty());
    }

    public void refresh() {
        queue.reload();
        details.reload();
    }

    /** Opens an application from anywhere in the window (a related application, a history row). */
    public void open(String reference) {
        queue.open(reference);
    }

    public void exportAudit() {
        if (isSupervisor()) {
            audit.openExport(queue.selectedReference());
        }
    }
}
