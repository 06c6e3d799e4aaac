package org.licensedesk.ui.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.domain.workflow.WorkflowState;

/**
 * What one workflow action carries, as its dialog collects it: always a note, and per action the assignee,
 * questions, factor ratings, licence terms, reasons or defects. The content is checked by the service; the form
 * only checks the note's length as the user types, and keeps everything typed across refusals and conflicts.
 */
public final class ActionForm {

    /** The parts of the dialog beyond the note. */
    public enum Part {
        ASSIGNEE, QUESTIONS, FACTORS, RECOMMENDATION, TERMS, DENIAL_REASONS, DECISION_REASONS, DEFECTS,
        /** Why the clock stops (Regulations Art. 17(2), 17(3)). */
        CLOCK_STOP
    }

    private final AuditAction action;
    private final String reference;
    private final Set<Part> parts;
    private final ReadOnlyObjectWrapper<WorkflowState> seen;
    private final ApprovalTerms recommendedTerms;
    private final List<DenialReason> recommendedReasons;
    private final List<User> reviewers;
    private final List<FactorRow> factors = new ArrayList<>();
    private final ObservableList<ReasonRow> reasons = FXCollections.observableArrayList();

    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<User> assignee = new SimpleObjectProperty<>(this, "assignee");
    private final ObjectProperty<ClockStop> clockStop = new SimpleObjectProperty<>(this, "clockStop");
    private List<ClockStop> clockStops = List.of();
    private final StringProperty questions = new SimpleStringProperty(this, "questions", "");
    private final StringProperty defects = new SimpleStringProperty(this, "defects", "");
    private final StringProperty decisionReasons = new SimpleStringProperty(this, "decisionReasons", "");
    private final BooleanProperty ownTerms = new SimpleBooleanProperty(this, "ownTerms");
    private final ObjectProperty<LicenceType> licenceType = new SimpleObjectProperty<>(this, "licenceType");
    private final ObjectProperty<Integer> validityMonths = new SimpleObjectProperty<>(this, "validityMonths");
    private final StringProperty conditions = new SimpleStringProperty(this, "conditions", "");
    private final StringProperty riders = new SimpleStringProperty(this, "riders", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");

    private final IntegerBinding noteLength;
    private final BooleanBinding noteRequired;
    private final BooleanBinding noteLongEnough;
    private final IntegerBinding maxValidityMonths;
    private final BooleanBinding canSubmit;
    private Consumer<ActionForm> submitter = form -> { };
    // The terms as the form started, so closing it can tell whether anything was typed.
    private final String startConditions;
    private final String startRiders;

    /**
     * @param seen             the application's workflow state when the user chose the action; its version goes
     *                         with the command
     * @param requestedType    the licence type the applicant asked for, the default of new terms
     * @param recommendedTerms the terms of the pending recommendation to approve, or null
     * @param recommendedReasons the reasons of the pending recommendation to deny, or an empty list
     * @param earlier          the latest assessment, to start from, or an empty list
     * @param reviewers        the active reviewers, for assigning
     */
    ActionForm(AuditAction action, WorkflowState seen, LicenceType requestedType, ApprovalTerms recommendedTerms,
            List<DenialReason> recommendedReasons, List<FactorAssessment> earlier, List<User> reviewers) {
        this.action = Objects.requireNonNull(action, "action");
        this.reference = seen.reference();
        this.seen = new ReadOnlyObjectWrapper<>(this, "seen", seen);
        this.recommendedTerms = recommendedTerms;
        this.recommendedReasons = List.copyOf(recommendedReasons);
        this.reviewers = List.copyOf(reviewers);
        this.parts = partsOf(action, seen.recommendation());
        noteLength = Bindings.createIntegerBinding(() -> note.get() == null ? 0 : note.get().strip().length(), note);
        // Follows the state the user acts on: after a conflict a colleague may hold the application now.
        noteRequired = Bindings.createBooleanBinding(() -> WorkflowRules.noteRequired(this.seen.get(), action),
                this.seen);
        noteLongEnough = noteRequired.not().or(noteLength.greaterThanOrEqualTo(WorkflowRules.MIN_NOTE_LENGTH));
        maxValidityMonths = Bindings.createIntegerBinding(() -> licenceType.get() == null ? 1
                : ApprovalTerms.maxValidityMonths(licenceType.get()), licenceType);
        canSubmit = noteLongEnough.and(busy.not()).and(closed.not());
        for (ReviewFactor factor : ReviewFactor.values()) {
            FactorRow row = new FactorRow(factor);
            earlier.stream().filter(assessment -> assessment.factor() == factor).findFirst().ifPresent(row::prefill);
            factors.add(row);
        }
        startTerms(requestedType);
        startConditions = conditions.get();
        startRiders = riders.get();
        startReasons();
    }

    private static Set<Part> partsOf(AuditAction action, Recommendation recommendation) {
        return switch (action) {
            case ASSIGNED -> EnumSet.of(Part.ASSIGNEE);
            case INFO_REQUESTED -> EnumSet.of(Part.QUESTIONS);
            case ASSESSED -> EnumSet.of(Part.FACTORS);
            case RECOMMENDED_APPROVAL -> EnumSet.of(Part.TERMS);
            case RECOMMENDED_DENIAL -> EnumSet.of(Part.DENIAL_REASONS);
            case RETURNED_WITHOUT_ACTION -> EnumSet.of(Part.DEFECTS);
            case CLOCK_STOPPED -> EnumSet.of(Part.CLOCK_STOP);
            case SENT_BACK -> EnumSet.of(Part.RECOMMENDATION);
            case APPROVED -> recommendation == Recommendation.DENIAL
                    ? EnumSet.of(Part.RECOMMENDATION, Part.TERMS, Part.DECISION_REASONS)
                    : EnumSet.of(Part.RECOMMENDATION, Part.TERMS);
            case DENIED -> EnumSet.of(Part.RECOMMENDATION, Part.DENIAL_REASONS);
            default -> EnumSet.noneOf(Part.class);
        };
    }

    private void startTerms(LicenceType requestedType) {
        ApprovalTerms start = recommendedTerms;
        if (start != null) {
            licenceType.set(start.licenceType());
            validityMonths.set(start.validityMonths());
            conditions.set(String.join("\n", start.conditions()));
            riders.set(String.join("\n", start.riders()));
        } else {
            LicenceType type = requestedType == null ? LicenceType.SINGLE : requestedType;
            licenceType.set(type);
            validityMonths.set(ApprovalTerms.maxValidityMonths(type));
        }
        // Granting as recommended is the usual case; against a recommendation to deny there is nothing to grant "as".
        ownTerms.set(action != AuditAction.APPROVED || recommendedTerms == null);
        licenceType.addListener((observable, before, type) -> {
            if (type != null && validityMonths.get() != null
                    && validityMonths.get() > ApprovalTerms.maxValidityMonths(type)) {
                validityMonths.set(ApprovalTerms.maxValidityMonths(type));
            }
        });
    }

    private void startReasons() {
        boolean ownReasonsNeeded = action == AuditAction.RECOMMENDED_DENIAL
                || action == AuditAction.DENIED && seen.get().recommendation() != Recommendation.DENIAL;
        if (ownReasonsNeeded) {
            addReason();
        }
    }

    /** Adds an empty reason for denial, tied to the factor most often at stake. */
    public ReasonRow addReason() {
        ReasonRow row = new ReasonRow(ReviewFactor.END_USER_AND_END_USE);
        reasons.add(row);
        return row;
    }

    public void removeReason(ReasonRow row) {
        reasons.remove(row);
    }

    /**
     * The command as the user filled the form in, for the version they saw.
     *
     * @throws WorkflowRefusedException when the licence terms are not valid (the message says why)
     */
    public WorkflowCommand command() {
        long version = seen.get().version();
        String text = note.get() == null ? "" : note.get();
        return switch (action) {
            case CLAIMED -> new WorkflowCommand.Claim(reference, version, text);
            case ASSIGNED -> new WorkflowCommand.Assign(reference, version, text, assignee.get());
            case INFO_REQUESTED -> new WorkflowCommand.RequestInfo(reference, version, text, lines(questions));
            case INFO_RECEIVED -> new WorkflowCommand.ReceiveInfo(reference, version, text);
            case ASSESSED -> new WorkflowCommand.Assess(reference, version, text, assessments());
            case RECOMMENDED_APPROVAL -> new WorkflowCommand.RecommendApproval(reference, version, text, terms());
            case RECOMMENDED_DENIAL -> new WorkflowCommand.RecommendDenial(reference, version, text, denialReasons());
            case RETURNED_WITHOUT_ACTION -> new WorkflowCommand.ReturnWithoutAction(reference, version, text,
                    lines(defects));
            case SENT_BACK -> new WorkflowCommand.SendBack(reference, version, text);
            case APPROVED -> new WorkflowCommand.Approve(reference, version, text,
                    ownTerms.get() ? terms() : null,
                    parts.contains(Part.DECISION_REASONS) ? lines(decisionReasons) : List.of());
            case DENIED -> new WorkflowCommand.Deny(reference, version, text, denialReasons());
            case WITHDRAWN -> new WorkflowCommand.Withdraw(reference, version, text);
            case NOTE_ADDED -> new WorkflowCommand.AddNote(reference, version, text);
            case CLOCK_STOPPED -> new WorkflowCommand.StopClock(reference, version, text, clockStop.get());
            case CLOCK_RESUMED -> new WorkflowCommand.ResumeClock(reference, version, text);
            default -> throw new IllegalStateException(action + " is not a workflow command");
        };
    }

    private List<FactorAssessment> assessments() {
        // Unrated factors are left out: the service's refusal then names exactly the missing ones.
        return factors.stream().map(FactorRow::assessment).filter(Objects::nonNull).toList();
    }

    private List<DenialReason> denialReasons() {
        return reasons.stream().map(ReasonRow::reason).toList();
    }

    private ApprovalTerms terms() {
        int months = validityMonths.get() == null ? 0 : validityMonths.get();
        return new ApprovalTerms(licenceType.get(), months, lines(conditions), lines(riders));
    }

    /** One entry per line; empty lines are gaps, not entries. */
    static List<String> lines(StringProperty text) {
        String value = text.get() == null ? "" : text.get();
        return Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Called by the dialog's submit button and Ctrl+Enter; does nothing while the note is too short or busy. */
    public void submit() {
        if (canSubmit().get()) {
            submitter.accept(this);
        }
    }

    void onSubmit(Consumer<ActionForm> submitter) {
        this.submitter = Objects.requireNonNull(submitter, "submitter");
    }

    /** After a conflict: the user now acts on the state they were shown again. */
    void rebase(WorkflowState current) {
        seen.set(current);
    }

    void setBusy(boolean value) {
        busy.set(value);
    }

    /** The action was performed: the dialog closes. */
    void close() {
        closed.set(true);
    }

    /** Whether this action needs a note here; claiming an application nobody holds does not. */
    public BooleanBinding noteRequired() {
        return noteRequired;
    }

    /** Whatever the user typed or chose beyond what the form started with is lost if the form is closed now. */
    public boolean hasTypedText() {
        return !note.get().isBlank() || !questions.get().isBlank() || !defects.get().isBlank()
                || !decisionReasons.get().isBlank() || reasons.stream().anyMatch(row -> !row.textProperty().get()
                        .isBlank()) || assignee.get() != null || !conditions.get().equals(startConditions)
                || !riders.get().equals(startRiders);
    }

    /** The note is long enough (or not needed) and nothing is being sent. */
    public BooleanBinding canSubmit() {
        return canSubmit;
    }

    public AuditAction action() {
        return action;
    }

    public String reference() {
        return reference;
    }

    public boolean has(Part part) {
        return parts.contains(part);
    }

    public ReadOnlyObjectProperty<WorkflowState> seenProperty() {
        return seen.getReadOnlyProperty();
    }

    public long expectedVersion() {
        return seen.get().version();
    }

    /** What the reviewer gave as reasons to deny; the decision uses them when the supervisor adds none. */
    public List<DenialReason> recommendedReasons() {
        return recommendedReasons;
    }

    public ApprovalTerms recommendedTerms() {
        return recommendedTerms;
    }

    public List<User> reviewers() {
        return reviewers;
    }

    public List<FactorRow> factors() {
        return factors;
    }

    public ObservableList<ReasonRow> reasons() {
        return reasons;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public IntegerBinding noteLength() {
        return noteLength;
    }

    /** True when the note is long enough or, for this action, not needed. */
    public BooleanBinding noteLongEnough() {
        return noteLongEnough;
    }

    /** Stopping the clock: the reasons this user may choose; the first is chosen when there is only one. */
    void offerClockStops(List<ClockStop> reasons) {
        clockStops = List.copyOf(reasons);
        if (clockStops.size() == 1) {
            clockStop.set(clockStops.get(0));
        }
    }

    public List<ClockStop> clockStops() {
        return clockStops;
    }

    public ObjectProperty<ClockStop> clockStopProperty() {
        return clockStop;
    }

    public ObjectProperty<User> assigneeProperty() {
        return assignee;
    }

    public StringProperty questionsProperty() {
        return questions;
    }

    public StringProperty defectsProperty() {
        return defects;
    }

    public StringProperty decisionReasonsProperty() {
        return decisionReasons;
    }

    /** Approving: whether the supervisor grants terms of their own instead of the recommended ones. */
    public BooleanProperty ownTermsProperty() {
        return ownTerms;
    }

    public ObjectProperty<LicenceType> licenceTypeProperty() {
        return licenceType;
    }

    public ObjectProperty<Integer> validityMonthsProperty() {
        return validityMonths;
    }

    public IntegerBinding maxValidityMonths() {
        return maxValidityMonths;
    }

    public StringProperty conditionsProperty() {
        return conditions;
    }

    public StringProperty ridersProperty() {
        return riders;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
