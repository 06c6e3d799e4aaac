package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** The actions pane and its forms, without a toolkit: the fake workflow answers, the tasks run on the test's thread. */
class ActionsViewModelTest {
    private static final String REFERENCE = "EXP-2026-000042";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final String NOTE = "Checked the end-user certificate against the contract.";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:15:00Z"), ZoneId.of("Asia/Shanghai"));

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeWorkflowBackend backend = new FakeWorkflowBackend();
    private final List<ActionForm> shownForms = new ArrayList<>();
    private int changes;

    private ActionsViewModel viewModel() {
        return new ActionsViewModel(backend, LI_NA, new CurrentThreadTaskExecutor(), dialogs, messages,
                shownForms::add, () -> changes++, CLOCK);
    }

    private static ApplicationDetails details(ApplicationStatus status) {
        return new ApplicationDetails(SampleApplications.dysprosiumOxide(REFERENCE, FakeWorkflowBackend.RECEIVED,
                status, null), new Deadline(FakeWorkflowBackend.RECEIVED.plusDays(63), 20, false));
    }

    /** The pane showing a submitted application at version 3, on which li.na may claim and add a note. */
    private ActionsViewModel showingSubmitted() {
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.SUBMITTED, null, 3);
        backend.allowed = EnumSet.of(AuditAction.NOTE_ADDED, AuditAction.CLAIMED);
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.SUBMITTED));
        return actions;
    }

    private ActionForm open(ActionsViewModel actions, AuditAction action) {
        actions.start(action);
        assertThat(shownForms).isNotEmpty();
        return shownForms.get(shownForms.size() - 1);
    }

    @Test
    void offersExactlyTheAllowedActionsInTheWorkflowsOrder() {
        ActionsViewModel actions = showingSubmitted();

        assertThat(actions.offered()).containsExactly(AuditAction.CLAIMED, AuditAction.NOTE_ADDED);
        assertThat(actions.stateProperty().get().version()).isEqualTo(3);
    }

    @Test
    void offersNothingWhenTheUserMayDoNothingOrNoApplicationIsShown() {
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.APPROVED, "wang.fang", 9);
        backend.allowed = EnumSet.noneOf(AuditAction.class);
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.APPROVED));
        assertThat(actions.offered()).isEmpty();

        actions.show(null);
        assertThat(actions.offered()).isEmpty();
        assertThat(actions.stateProperty().get()).isNull();
    }

    @Test
    void anActionNotOfferedOpensNoForm() {
        ActionsViewModel actions = showingSubmitted();

        actions.start(AuditAction.APPROVED);

        assertThat(shownForms).isEmpty();
    }

    @Test
    void aPerformedActionCarriesTheVersionSeenClosesItsFormAndRefreshes() {
        ActionsViewModel actions = showingSubmitted();
        ActionForm form = open(actions, AuditAction.CLAIMED);

        form.noteProperty().set(NOTE);
        form.submit();

        assertThat(backend.performed).singleElement().isEqualTo(new WorkflowCommand.Claim(REFERENCE, 3, NOTE));
        assertThat(form.closedProperty().get()).isTrue();
        assertThat(changes).isEqualTo(1);
        assertThat(dialogs.errors).isEmpty();
    }

    /** Taking over a colleague's application: the reviewer is told whose it is and asked; the note must say why. */
    private ActionsViewModel showingWangFangsApplication() {
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.UNDER_REVIEW, "wang.fang", 3);
        backend.allowed = EnumSet.of(AuditAction.NOTE_ADDED, AuditAction.CLAIMED);
        backend.users = List.of(new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true), LI_NA);
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.UNDER_REVIEW));
        return actions;
    }

    @Test
    void aShortNoteCannotBeSubmittedAndTheHintSaysHowLongItMustBe() {
        ActionsViewModel actions = showingWangFangsApplication();
        ActionForm form = open(actions, AuditAction.CLAIMED);

        assertThat(form.noteRequired().get()).isTrue();
        form.noteProperty().set("  too short ");
        assertThat(form.noteLength().get()).isEqualTo(9);
        assertThat(form.canSubmit().get()).isFalse();
        form.submit();
        assertThat(backend.performed).isEmpty();

        form.noteProperty().set("long enough");
        assertThat(form.canSubmit().get()).isTrue();
    }

    @Test
    void claimingAnUnassignedApplicationAsksNothingAndNeedsNoNote() {
        ActionsViewModel actions = showingSubmitted();
        ActionForm form = open(actions, AuditAction.CLAIMED);

        assertThat(dialogs.confirmations).isEmpty();
        assertThat(form.noteRequired().get()).isFalse();
        assertThat(form.canSubmit().get()).isTrue();
        form.submit();

        assertThat(backend.performed).singleElement().isEqualTo(new WorkflowCommand.Claim(REFERENCE, 3, ""));
        assertThat(form.closedProperty().get()).isTrue();
    }

    @Test
    void claimingAColleaguesApplicationSaysWhoseItIsAndAsksFirst() {
        ActionsViewModel actions = showingWangFangsApplication();
        dialogs.confirmAnswer = false;

        actions.start(AuditAction.CLAIMED);

        assertThat(dialogs.confirmations).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("Take over " + REFERENCE + "?");
            assertThat(asked.message()).contains("assigned to Wang Fang (wang.fang)");
            assertThat(asked.whatToDo()).isEqualTo("Take it over");
        });
        assertThat(shownForms).as("declined: no form").isEmpty();

        dialogs.confirmAnswer = true;
        ActionForm form = open(actions, AuditAction.CLAIMED);
        assertThat(form.noteRequired().get()).isTrue();
        assertThat(form.canSubmit().get()).isFalse();
    }

    @Test
    void aRefusalIsShownAndTheFormStaysOpenWithWhatWasTyped() {
        ActionsViewModel actions = showingSubmitted();
        ActionForm form = open(actions, AuditAction.CLAIMED);
        backend.failures.add(new WorkflowRefusedException("Only reviewers claim applications."));

        form.noteProperty().set(NOTE);
        form.submit();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.message()).isEqualTo("Only reviewers claim applications.");
            assertThat(error.title()).isEqualTo(messages.format("actions.refused.title", "Claim"));
        });
        assertThat(form.closedProperty().get()).isFalse();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.noteProperty().get()).isEqualTo(NOTE);
        assertThat(changes).isZero();
    }

    @Test
    void aConflictSaysWhoAndWhenReloadsAndKeepsTheNoteForTheRetry() {
        ActionsViewModel actions = showingSubmitted();
        ActionForm form = open(actions, AuditAction.CLAIMED);
        backend.failures.add(new WorkflowConflictException("changed", REFERENCE, "wang.fang",
                FakeWorkflowBackend.at("2026-11-29T01:30:00Z"), 4));
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.SUBMITTED, null, 4);
        form.noteProperty().set(NOTE);

        form.submit();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(messages.get("actions.conflict.title"));
            assertThat(error.message()).contains("wang.fang").contains("2026-11-29 09:30");
        });
        assertThat(form.closedProperty().get()).isFalse();
        assertThat(form.noteProperty().get()).isEqualTo(NOTE);
        assertThat(form.expectedVersion()).isEqualTo(4);
        assertThat(actions.stateProperty().get().version()).isEqualTo(4);
        assertThat(changes).as("the details, queue and history reload").isEqualTo(1);

        form.submit();

        assertThat(backend.performed).last().isEqualTo(new WorkflowCommand.Claim(REFERENCE, 4, NOTE));
        assertThat(form.closedProperty().get()).isTrue();
    }

    @Test
    void invalidLicenceTermsAreRefusedBeforeAnythingIsSent() {
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.UNDER_REVIEW, "li.na", 5);
        backend.allowed = EnumSet.of(AuditAction.RECOMMENDED_APPROVAL);
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.UNDER_REVIEW));
        ActionForm form = open(actions, AuditAction.RECOMMENDED_APPROVAL);

        form.conditionsProperty().set("No re-export without consent.\n\n");
        form.validityMonthsProperty().set(40);
        form.noteProperty().set(NOTE);
        form.submit();

        assertThat(backend.performed).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.message()).contains("12"));
        assertThat(form.closedProperty().get()).isFalse();

        form.validityMonthsProperty().set(12);
        form.submit();
        assertThat(backend.performed).singleElement().isEqualTo(new WorkflowCommand.RecommendApproval(REFERENCE, 5,
                NOTE, new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."), List.of())));
    }

    @Test
    void theAssessmentOpensAsAPaneStartingFromTheLatestOneAndLeavesUnratedFactorsOut() {
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.UNDER_REVIEW, "li.na", 2);
        backend.allowed = EnumSet.of(AuditAction.ASSESSED);
        backend.assessment = Optional.of(List.of(
                new FactorAssessment(ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit through a hub.")));
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.UNDER_REVIEW));
        actions.start(AuditAction.ASSESSED);

        assertThat(shownForms).as("no dialog covers the application").isEmpty();
        AssessmentViewModel pane = actions.assessmentProperty().get();
        FactorRow destination = pane.factors().get(ReviewFactor.DESTINATION.ordinal());
        assertThat(destination.ratingProperty().get()).isEqualTo(FactorRating.CONCERN);
        assertThat(destination.commentProperty().get()).isEqualTo("Transit through a hub.");
        assertThat(pane.origin().get()).isEqualTo(messages.get("assess.origin.earlier"));
        pane.factors().get(0).ratingProperty().set(FactorRating.NO_CONCERN);
        pane.factors().get(0).commentProperty().set("No link to a listed programme.");
        pane.noteProperty().set(NOTE);

        pane.save();

        assertThat(backend.performed).as("two factors are missing").isEmpty();
        assertThat(pane.ratingProblem(ReviewFactor.OTHER).get()).isNotEmpty();
    }

    @Test
    void approvingAsRecommendedSendsNoTermsAndAgainstADenialAsksForReasons() {
        backend.state = new WorkflowState(REFERENCE, FakeWorkflowBackend.RECEIVED, ApplicationStatus.PENDING_COUNTERSIGN,
                "li.na", "li.na", Recommendation.APPROVAL, true, null, 0, null, null, null, null, null, 6, "li.na",
                null);
        backend.allowed = EnumSet.of(AuditAction.APPROVED, AuditAction.DENIED);
        backend.terms = Optional.of(new ApprovalTerms(LicenceType.GENERAL, 24, List.of("Quarterly reports."),
                List.of()));
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.PENDING_COUNTERSIGN));

        ActionForm approve = open(actions, AuditAction.APPROVED);
        assertThat(approve.recommendedTerms()).isEqualTo(backend.terms.get());
        assertThat(approve.ownTermsProperty().get()).isFalse();
        assertThat(approve.has(ActionForm.Part.DECISION_REASONS)).isFalse();
        approve.noteProperty().set(NOTE);
        assertThat(approve.command()).isEqualTo(new WorkflowCommand.Approve(REFERENCE, 6, NOTE, null, List.of()));

        ActionForm deny = open(actions, AuditAction.DENIED);
        assertThat(deny.reasons()).as("denying against a recommendation to approve needs reasons").hasSize(1);
    }

    @Test
    void denyingAsRecommendedShowsTheReviewersReasonsAndSendsNoneOfItsOwn() {
        backend.state = new WorkflowState(REFERENCE, FakeWorkflowBackend.RECEIVED, ApplicationStatus.PENDING_COUNTERSIGN,
                "li.na", "li.na", Recommendation.DENIAL, true, null, 0, null, null, null, null, null, 7, "li.na",
                null);
        backend.allowed = EnumSet.of(AuditAction.APPROVED, AuditAction.DENIED);
        List<DenialReason> recommended = List.of(new DenialReason(ReviewFactor.END_USER_AND_END_USE,
                "The end user is a procurement front for a listed entity."));
        backend.denialReasons = Optional.of(recommended);
        ActionsViewModel actions = viewModel();
        actions.show(details(ApplicationStatus.PENDING_COUNTERSIGN));

        ActionForm deny = open(actions, AuditAction.DENIED);
        assertThat(deny.recommendedReasons()).isEqualTo(recommended);
        assertThat(deny.reasons()).isEmpty();
        deny.noteProperty().set(NOTE);
        assertThat(deny.command()).isEqualTo(new WorkflowCommand.Deny(REFERENCE, 7, NOTE, List.of()));

        ActionForm approve = open(actions, AuditAction.APPROVED);
        assertThat(approve.recommendedReasons()).as("only the denial shows them").isEmpty();
    }
}
