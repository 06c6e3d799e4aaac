package org.licensedesk.ui.workflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The workflow actions on the shown application: loads its workflow state (with the version the user sees) and the
 * actions the signed-in user may take, opens an action's form, and performs it. A refusal is always told; after a
 * conflict the state is reloaded and the form stays open with everything typed, to submit again.
 */
public final class ActionsViewModel {
    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkflowBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final DomainText text;
    private final ActionDialogs forms;
    private final Runnable onChanged;
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<WorkflowState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<List<AuditAction>> offered =
            new ReadOnlyObjectWrapper<>(this, "offered", List.of());
    private ApplicationDetails details;
    // Only the newest load may fill the pane: an older one can finish later.
    private long generation;

    private record Snapshot(WorkflowState state, Set<AuditAction> allowed) {
    }

    private record Prefill(LicenceType requestedType, ApprovalTerms recommendedTerms,
            List<DenialReason> recommendedReasons, List<FactorAssessment> earlier, List<User> reviewers) {
    }

    /**
     * @param forms     shows an action's dialog
     * @param onChanged after an action was performed or a conflict found: reload what shows the application
     */
    public ActionsViewModel(WorkflowBackend backend, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, ActionDialogs forms, Runnable onChanged, ZoneId zone) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.text = new DomainText(messages);
        this.forms = Objects.requireNonNull(forms, "forms");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        this.zone = zone;
    }

    /** Loads the workflow of the application the details pane shows; null empties the actions. */
    public void show(ApplicationDetails shown) {
        details = shown;
        long current = ++generation;
        if (shown == null) {
            state.set(null);
            offered.set(List.of());
            return;
        }
        String reference = shown.application().reference();
        BackgroundTask.wrap(() -> snapshot(reference))
                .withTitle(messages.format("actions.loading", reference))
                .onSuccess(snapshot -> {
                    if (current == generation) {
                        apply(snapshot);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        state.set(null);
                        offered.set(List.of());
                        dialogs.showError(messages.get("actions.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("actions.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    private Snapshot snapshot(String reference) {
        return new Snapshot(backend.state(reference), backend.allowedActions(user, reference));
    }

    private void apply(Snapshot snapshot) {
        state.set(snapshot.state());
        offered.set(WorkflowRules.workflowActions().stream().filter(snapshot.allowed()::contains).toList());
    }

    /** Opens the form of an offered action, filled in with what the service already knows. */
    public void start(AuditAction action) {
        WorkflowState seen = state.get();
        ApplicationDetails shown = details;
        if (seen == null || shown == null || !offered.get().contains(action)) {
            return;
        }
        String reference = seen.reference();
        BackgroundTask.wrap(() -> prefill(action, reference, shown.application().licenceType()))
                .withTitle(messages.format("actions.preparing", text.commandName(action), reference))
                .onSuccess(prefill -> {
                    ActionForm form = new ActionForm(action, seen, prefill.requestedType(), prefill.recommendedTerms(),
                            prefill.recommendedReasons(), prefill.earlier(), prefill.reviewers());
                    form.onSubmit(this::submit);
                    forms.show(form);
                })
                .onFailure(failure -> dialogs.showError(messages.get("actions.loadFailed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("actions.loadFailed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    private Prefill prefill(AuditAction action, String reference, LicenceType requestedType) {
        boolean terms = action == AuditAction.APPROVED || action == AuditAction.RECOMMENDED_APPROVAL
                || action == AuditAction.SENT_BACK;
        ApprovalTerms recommended = terms ? backend.recommendedTerms(reference).orElse(null) : null;
        List<DenialReason> reasons = action == AuditAction.DENIED
                ? backend.recommendedDenialReasons(reference).orElse(List.of()) : List.of();
        List<FactorAssessment> earlier = action == AuditAction.ASSESSED
                ? backend.latestAssessment(reference).orElse(List.of()) : List.of();
        List<User> reviewers = action == AuditAction.ASSIGNED
                ? backend.users().stream().filter(User::active).filter(u -> u.role() == UserRole.REVIEWER).toList()
                : List.of();
        return new Prefill(requestedType, recommended, reasons, earlier, reviewers);
    }

    /** Performs the form's command; the form closes only when it was performed. */
    void submit(ActionForm form) {
        WorkflowCommand command;
        try {
            command = form.command();
        } catch (WorkflowRefusedException invalid) {
            refused(form, invalid);
            return;
        }
        form.setBusy(true);
        BackgroundTask.wrap(() -> backend.perform(user, command))
                .withTitle(messages.format("actions.performing", text.commandName(form.action()), form.reference()))
                .onSuccess(outcome -> {
                    form.setBusy(false);
                    form.close();
                    if (details != null && form.reference().equals(details.application().reference())) {
                        state.set(outcome.state());
                    }
                    onChanged.run();
                })
                .onFailure(failure -> {
                    form.setBusy(false);
                    // A conflict is a refusal too: it must be caught first.
                    if (failure instanceof WorkflowConflictException conflict) {
                        conflicted(form, conflict);
                    } else if (failure instanceof WorkflowRefusedException refusal) {
                        refused(form, refusal);
                    } else {
                        dialogs.showError(messages.format("actions.failed.title", text.commandName(form.action())),
                                ErrorText.whatHappened(failure, messages), messages.get("actions.failed.whatToDo"),
                                failure);
                    }
                })
                .executeWith(executor);
    }

    private void refused(ActionForm form, WorkflowRefusedException refusal) {
        dialogs.showError(messages.format("actions.refused.title", text.commandName(form.action())),
                ErrorText.whatHappened(refusal, messages), messages.get("actions.refused.whatToDo"));
    }

    private void conflicted(ActionForm form, WorkflowConflictException conflict) {
        String who = conflict.changedBy().orElse(messages.get("actions.conflict.someoneElse"));
        String message = conflict.changedAt()
                .map(at -> messages.format("actions.conflict.messageAt", form.reference(), who,
                        CHANGED_AT.format(at.atZone(zone))))
                .orElse(messages.format("actions.conflict.message", form.reference(), who));
        dialogs.showError(messages.get("actions.conflict.title"), message, messages.get("actions.conflict.whatToDo"));
        String reference = form.reference();
        long current = ++generation;
        BackgroundTask.wrap(() -> snapshot(reference))
                .withTitle(messages.format("actions.loading", reference))
                .onSuccess(snapshot -> {
                    form.rebase(snapshot.state());
                    if (current == generation) {
                        apply(snapshot);
                    }
                    onChanged.run();
                })
                .onFailure(failure -> dialogs.showError(messages.get("actions.loadFailed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("actions.loadFailed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    public User user() {
        return user;
    }

    /** The shown application's workflow state, or null while none is loaded. */
    public ReadOnlyObjectProperty<WorkflowState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The actions the signed-in user may take on it now, in the workflow's order. */
    public ReadOnlyObjectProperty<List<AuditAction>> offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public List<AuditAction> offered() {
        return offered.get();
    }
}
