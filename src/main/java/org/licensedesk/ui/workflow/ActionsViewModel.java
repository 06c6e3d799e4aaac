package org.licensedesk.ui.workflow;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
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
import org.licensedesk.drafts.AssessmentDraft;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The workflow actions on the shown application: loads its workflow state (with the version the user sees) and the
 * actions the signed-in user may take, opens an action's form, and performs it. A refusal is always told; after a
 * conflict the state is reloaded and the form stays open with everything typed, to submit again. Assessing opens the
 * assessment pane beside the application instead of a dialog, and keeps its drafts: in memory while the desk is
 * open, and through the backend on this workstation, so that they survive a restart.
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
    private final Clock clock;

    private final ReadOnlyObjectWrapper<WorkflowState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<List<AuditAction>> offered =
            new ReadOnlyObjectWrapper<>(this, "offered", List.of());
    private final ReadOnlyObjectWrapper<AssessmentViewModel> assessment =
            new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyObjectWrapper<Confirmation> confirmation = new ReadOnlyObjectWrapper<>(this, "confirmation");
    // The drafts of this session, by reference: the pane reopens on them at once, whatever the disk says.
    private final Map<String, AssessmentDraft> drafts = new HashMap<>();
    private boolean draftFailureTold;
    private ApplicationDetails details;
    // Only the newest load may fill the pane: an older one can finish later.
    private long generation;

    private record Snapshot(WorkflowState state, Set<AuditAction> allowed) {
    }

    /**
     * What the status bar says after an action: "Recommended approval of EXP-2026-000279 · sent to the supervisors'
     * countersign inbox"; after an approval, the licence number to copy.
     *
     * @param licenceNumber the issued licence's number, or null
     */
    public record Confirmation(String reference, AuditAction action, String text, String licenceNumber) {
    }

    private record Prefill(LicenceType requestedType, ApprovalTerms recommendedTerms,
            List<DenialReason> recommendedReasons, List<FactorAssessment> earlier, List<User> reviewers,
            Optional<AssessmentDraft> draft, Optional<User> holder) {
    }

    /**
     * @param forms     shows an action's dialog
     * @param onChanged after an action was performed or a conflict found: reload what shows the application
     * @param clock     the user's time zone, for times in messages, and the time drafts are kept
     */
    public ActionsViewModel(WorkflowBackend backend, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, ActionDialogs forms, Runnable onChanged, Clock clock) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.text = new DomainText(messages);
        this.forms = Objects.requireNonNull(forms, "forms");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Loads the workflow of the application the details pane shows; null empties the actions. */
    public void show(ApplicationDetails shown) {
        details = shown;
        long current = ++generation;
        AssessmentViewModel open = assessment.get();
        if (open != null && (shown == null || !shown.application().reference().equals(open.reference()))) {
            // Another application is chosen: its pane goes, and what was typed waits as a draft.
            open.keepDraftAndClose();
        }
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

    /**
     * Opens the form of an offered action, filled in with what the service already knows; assessing opens the
     * assessment pane (or brings the open one into focus). Claiming an application a colleague holds says whose it is
     * and asks first.
     */
    public void start(AuditAction action) {
        WorkflowState seen = state.get();
        ApplicationDetails shown = details;
        if (seen == null || shown == null || !offered.get().contains(action)) {
            return;
        }
        String reference = seen.reference();
        AssessmentViewModel open = assessment.get();
        if (action == AuditAction.ASSESSED && open != null && open.reference().equals(reference)) {
            open.focus();
            return;
        }
        AssessmentDraft remembered = drafts.get(reference);
        BackgroundTask.wrap(() -> prefill(action, seen, shown.application().licenceType(), remembered))
                .withTitle(messages.format("actions.preparing", text.commandName(action), reference))
                .onSuccess(prefill -> {
                    if (action == AuditAction.CLAIMED && !takeOverConfirmed(seen, prefill.holder())) {
                        return;
                    }
                    ActionForm form = new ActionForm(action, seen, prefill.requestedType(), prefill.recommendedTerms(),
                            prefill.recommendedReasons(), prefill.earlier(), prefill.reviewers());
                    form.offerClockStops(new WorkflowRules().clockStopsFor(user, seen));
                    form.onSubmit(this::submit);
                    if (action == AuditAction.ASSESSED) {
                        openAssessment(form, prefill.draft());
                    } else {
                        forms.show(form);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.get("actions.loadFailed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("actions.loadFailed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    private Prefill prefill(AuditAction action, WorkflowState seen, LicenceType requestedType,
            AssessmentDraft remembered) {
        String reference = seen.reference();
        boolean terms = action == AuditAction.APPROVED || action == AuditAction.RECOMMENDED_APPROVAL
                || action == AuditAction.SENT_BACK;
        ApprovalTerms recommended = terms ? backend.recommendedTerms(reference).orElse(null) : null;
        List<DenialReason> reasons = action == AuditAction.DENIED
                ? backend.recommendedDenialReasons(reference).orElse(List.of()) : List.of();
        boolean assessing = action == AuditAction.ASSESSED;
        List<FactorAssessment> earlier = assessing ? backend.latestAssessment(reference).orElse(List.of()) : List.of();
        Optional<AssessmentDraft> draft = !assessing ? Optional.empty()
                : remembered != null ? Optional.of(remembered) : backend.assessmentDraft(reference);
        boolean takingOver = action == AuditAction.CLAIMED && seen.assignee() != null;
        List<User> users = action == AuditAction.ASSIGNED || takingOver ? backend.users() : List.of();
        List<User> reviewers = action == AuditAction.ASSIGNED
                ? users.stream().filter(User::active).filter(u -> u.role() == UserRole.REVIEWER).toList()
                : List.of();
        Optional<User> holder = takingOver
                ? users.stream().filter(u -> u.username().equals(seen.assignee())).findFirst() : Optional.empty();
        return new Prefill(requestedType, recommended, reasons, earlier, reviewers, draft, holder);
    }

    /** A colleague holds the application: say who, and take it over only when the reviewer says so. */
    private boolean takeOverConfirmed(WorkflowState seen, Optional<User> holder) {
        if (seen.assignee() == null || seen.isAssignee(user.username())) {
            return true;
        }
        String who = holder.map(h -> messages.format("actions.assignee.option", h.displayName(), h.username()))
                .orElse(seen.assignee());
        return dialogs.confirm(messages.format("actions.takeOver.title", seen.reference()),
                messages.format("actions.takeOver.message", seen.reference(), who),
                messages.get("actions.takeOver.confirm"));
    }

    private void openAssessment(ActionForm form, Optional<AssessmentDraft> draft) {
        AssessmentViewModel open = assessment.get();
        if (open != null) {
            open.keepDraftAndClose();
        }
        AssessmentViewModel pane = new AssessmentViewModel(form, draft, new SessionDrafts(), messages, clock);
        pane.closing().addListener((observable, before, closing) -> {
            if (closing == AssessmentViewModel.Closing.CLOSED && assessment.get() == pane) {
                assessment.set(null);
            }
        });
        assessment.set(pane);
    }

    /** Drafts kept in memory at once, and on this workstation in the background. */
    private final class SessionDrafts implements AssessmentViewModel.Drafts {
        @Override
        public void keep(AssessmentDraft draft) {
            drafts.put(draft.reference(), draft);
            BackgroundTask.wrap(() -> {
                backend.keepAssessmentDraft(draft);
                return null;
            }).onFailure(ActionsViewModel.this::draftNotKept).executeWith(executor);
        }

        @Override
        public void discard(String reference) {
            // Also a draft of an earlier session, which only the disk holds.
            drafts.remove(reference);
            BackgroundTask.wrap(() -> {
                backend.discardAssessmentDraft(reference);
                return null;
            }).onFailure(ActionsViewModel.this::draftNotKept).executeWith(executor);
        }
    }

    /** Once per session: the reviewer learns that drafts last only while the desk is open. */
    private void draftNotKept(Throwable failure) {
        if (draftFailureTold) {
            return;
        }
        draftFailureTold = true;
        dialogs.showError(messages.get("assess.draftNotKept.title"), ErrorText.whatHappened(failure, messages),
                messages.get("assess.draftNotKept.whatToDo"), failure);
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
                    confirmation.set(confirm(form.action(), form.reference(), outcome.state()));
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
                        CHANGED_AT.format(at.atZone(clock.getZone()))))
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

    private Confirmation confirm(AuditAction action, String reference, WorkflowState after) {
        String licence = action == AuditAction.APPROVED ? after.licenceNumber() : null;
        if ((action == AuditAction.APPROVED || action == AuditAction.DENIED)
                && after.status() == ApplicationStatus.PENDING_COUNTERSIGN) {
            // issue 13: a rule requires two countersignatures and this was the first; nothing is decided yet.
            return new Confirmation(reference, action, messages.format("confirm.countersigned", reference), null);
        }
        String key = switch (action) {
            case CLAIMED -> "confirm.Claim";
            case ASSIGNED -> "confirm.Assign";
            case INFO_REQUESTED -> "confirm.RequestInfo";
            case INFO_RECEIVED -> "confirm.ReceiveInfo";
            case ASSESSED -> "confirm.Assess";
            case RECOMMENDED_APPROVAL -> "confirm.RecommendApproval";
            case RECOMMENDED_DENIAL -> "confirm.RecommendDenial";
            case RETURNED_WITHOUT_ACTION -> "confirm.ReturnWithoutAction";
            case SENT_BACK -> "confirm.SendBack";
            case APPROVED -> "confirm.Approve";
            case DENIED -> "confirm.Deny";
            case WITHDRAWN -> "confirm.Withdraw";
            default -> "confirm.AddNote";
        };
        return new Confirmation(reference, action, messages.format(key, reference,
                after.assignee() == null ? "" : after.assignee(), licence == null ? "" : licence), licence);
    }

    /** The last action performed in this window, confirmed; null before the first. */
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** The assessment pane that is open beside the application, or null. */
    public ReadOnlyObjectProperty<AssessmentViewModel> assessmentProperty() {
        return assessment.getReadOnlyProperty();
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
