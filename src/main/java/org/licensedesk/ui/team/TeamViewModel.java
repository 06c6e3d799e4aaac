package org.licensedesk.ui.team;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.team.ReassignmentRefusedException;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * View → Team: the reviewers' workload, the chosen line's open applications, and moving a selection of them to
 * another reviewer. Loads in the background; a reassignment that is refused names every refused application and
 * keeps the dialog open with the note.
 */
public final class TeamViewModel {
    private final TeamBackend backend;
    private final User supervisor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final TeamDialogs forms;
    private final Consumer<String> open;
    private final ReviewerNames names;
    private final ReadOnlyObjectWrapper<List<ReviewerWorkload>> lines = new ReadOnlyObjectWrapper<>(this, "lines",
            List.of());
    private final ObjectProperty<ReviewerWorkload> selectedLine = new SimpleObjectProperty<>(this, "selectedLine");
    private final ReadOnlyObjectWrapper<List<TeamCase>> cases = new ReadOnlyObjectWrapper<>(this, "cases", List.of());
    private final ReadOnlyBooleanWrapper loadingLines = new ReadOnlyBooleanWrapper(this, "loadingLines");
    private final ReadOnlyBooleanWrapper loadingCases = new ReadOnlyBooleanWrapper(this, "loadingCases");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding loading = loadingLines.or(loadingCases);
    // Each load of the cases gets a number; an answer to an older one (the selection moved on) is dropped.
    private long casesRequest;

    /** @param open opens an application in the main window, by reference */
    public TeamViewModel(TeamBackend backend, User supervisor, TaskExecutor executor, DialogService dialogs,
            Messages messages, TeamDialogs forms, Consumer<String> open) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.forms = Objects.requireNonNull(forms, "forms");
        this.open = Objects.requireNonNull(open, "open");
        this.names = new ReviewerNames(messages);
        selectedLine.addListener((observable, before, after) -> {
            if (!sameLine(before, after)) {
                loadCases();
            }
        });
    }

    /** Reloads the workload; the chosen line stays chosen (by reviewer) and its cases are read again. */
    public void reload() {
        loadingLines.set(true);
        BackgroundTask.wrap(backend::workload)
                .withTitle(messages.get("team.loading"))
                .onSuccess(found -> {
                    loadingLines.set(false);
                    ReviewerWorkload chosen = selectedLine.get();
                    lines.set(List.copyOf(found));
                    ReviewerWorkload again = found.stream().filter(line -> sameLine(line, chosen)).findFirst()
                            .orElse(found.isEmpty() ? null : found.get(0));
                    selectedLine.set(again);
                    if (sameLine(again, chosen)) {
                        loadCases();
                    }
                })
                .onFailure(failure -> {
                    loadingLines.set(false);
                    dialogs.showError(messages.get("team.loadFailed.title"), ErrorText.whatHappened(failure, messages),
                            messages.get("team.loadFailed.whatToDo"), failure);
                })
                .executeWith(executor);
    }

    private void loadCases() {
        ReviewerWorkload line = selectedLine.get();
        long request = ++casesRequest;
        if (line == null) {
            cases.set(List.of());
            return;
        }
        loadingCases.set(true);
        BackgroundTask.wrap(() -> backend.openCases(line.username()))
                .withTitle(messages.format("team.loadingCases", names.of(line)))
                .onSuccess(found -> {
                    if (request == casesRequest) {
                        loadingCases.set(false);
                        cases.set(List.copyOf(found));
                    }
                })
                .onFailure(failure -> {
                    if (request == casesRequest) {
                        loadingCases.set(false);
                        dialogs.showError(messages.get("team.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages), messages.get("team.loadFailed.whatToDo"),
                                failure);
                    }
                })
                .executeWith(executor);
    }

    /** Opens the Reassign dialog for the chosen applications; the targets are the other active reviewers. */
    public void startReassign(List<TeamCase> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        ReviewerWorkload from = selectedLine.get();
        List<ReviewerWorkload> targets = lines.get().stream()
                .filter(line -> !line.isUnassigned() && line.active() && !sameLine(line, from))
                .toList();
        forms.showReassign(new ReassignForm(chosen, targets, this::reassign));
    }

    private void reassign(ReassignForm form) {
        ReviewerWorkload target = form.targetProperty().get();
        String note = form.noteProperty().get();
        List<TeamCase> chosen = form.cases();
        form.setBusy(true);
        BackgroundTask.wrap(() -> {
                    backend.reassign(supervisor, chosen, target.username(), note);
                    return null;
                })
                .withTitle(messages.format("team.reassigning", chosen.size(), names.of(target)))
                .onSuccess(result -> {
                    form.setBusy(false);
                    form.close();
                    message.set(messages.format("team.reassigned", chosen.size(), names.of(target)));
                    reload();
                })
                .onFailure(failure -> {
                    form.setBusy(false);
                    refused(failure);
                })
                .executeWith(executor);
    }

    private void refused(Throwable failure) {
        String title = messages.get("team.reassign.refused.title");
        if (failure instanceof ReassignmentRefusedException refused) {
            String each = refused.refusals().stream()
                    .map(refusal -> messages.format("team.reassign.refusal", refusal.reference(), refusal.reason()))
                    .collect(Collectors.joining("\n"));
            dialogs.showError(title, messages.format("team.reassign.refused.message", refused.refusals().size(),
                    refused.requested()) + "\n" + each, messages.get("team.reassign.refused.whatToDo"));
        } else if (failure instanceof WorkflowRefusedException) {
            dialogs.showError(title, failure.getMessage(), messages.get("team.reassign.refused.whatToDo"));
        } else {
            dialogs.showError(messages.get("team.reassign.failed.title"), ErrorText.whatHappened(failure, messages),
                    messages.get("team.reassign.failed.whatToDo"), failure);
        }
    }

    /** Opens the application in the main window. */
    public void open(TeamCase chosen) {
        if (chosen != null) {
            open.accept(chosen.reference());
        }
    }

    private static boolean sameLine(ReviewerWorkload one, ReviewerWorkload other) {
        return one != null && other != null && Objects.equals(one.username(), other.username());
    }

    public ReadOnlyObjectProperty<List<ReviewerWorkload>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** The line whose cases are listed; the view binds its table's selection to it. */
    public ObjectProperty<ReviewerWorkload> selectedLineProperty() {
        return selectedLine;
    }

    public ReadOnlyObjectProperty<List<TeamCase>> casesProperty() {
        return cases.getReadOnlyProperty();
    }

    /** True while the workload or the cases load. */
    public BooleanBinding loadingProperty() {
        return loading;
    }

    /** What the last reassignment did, for the window's status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A title for the cases list: "Open applications of Wang Fang (wang.fang)". */
    public StringBinding casesTitle() {
        return Bindings.createStringBinding(() -> messages.format("team.cases.title", names.of(selectedLine.get()),
                cases.get().size()), selectedLine, cases);
    }
}
