package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.drafts.AssessmentDraft;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/**
 * The assessment pane's view model, without a toolkit: every problem at once beside its field, drafts kept across
 * closing, choosing another application and restarting, and Escape asking before unsaved text goes.
 */
class AssessmentViewModelTest {
    private static final String REFERENCE = "EXP-2026-000042";
    private static final String OTHER = "EXP-2026-000043";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final String NOTE = "All eight factors checked against the file.";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:15:00Z"), ZoneId.of("Asia/Shanghai"));

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeWorkflowBackend backend = new FakeWorkflowBackend();
    private final List<ActionForm> dialogsShown = new ArrayList<>();
    private int changes;

    private ActionsViewModel actions() {
        backend.state = FakeWorkflowBackend.state(REFERENCE, ApplicationStatus.UNDER_REVIEW, "li.na", 2);
        backend.allowed = EnumSet.of(AuditAction.ASSESSED, AuditAction.NOTE_ADDED);
        ActionsViewModel actions = new ActionsViewModel(backend, LI_NA, new CurrentThreadTaskExecutor(), dialogs,
                messages, dialogsShown::add, () -> changes++, CLOCK);
        actions.show(details(REFERENCE));
        return actions;
    }

    private static ApplicationDetails details(String reference) {
        return new ApplicationDetails(SampleApplications.dysprosiumOxide(reference, FakeWorkflowBackend.RECEIVED,
                ApplicationStatus.UNDER_REVIEW, "li.na"), new Deadline(FakeWorkflowBackend.RECEIVED.plusDays(63), 20,
                false));
    }

    private static AssessmentViewModel assess(ActionsViewModel actions) {
        actions.start(AuditAction.ASSESSED);
        AssessmentViewModel pane = actions.assessmentProperty().get();
        assertThat(pane).as("the pane is open").isNotNull();
        return pane;
    }

    private static void rate(AssessmentViewModel pane, ReviewFactor factor, FactorRating rating, String comment) {
        FactorRow row = pane.factors().get(factor.ordinal());
        row.ratingProperty().set(rating);
        row.commentProperty().set(comment);
    }

    private static void rateAll(AssessmentViewModel pane) {
        for (ReviewFactor factor : ReviewFactor.values()) {
            rate(pane, factor, FactorRating.NO_CONCERN, "Nothing of concern in the file.");
        }
    }

    @Test
    void savingAnEmptyAssessmentShowsEveryProblemBesideItsFieldAtOnce() {
        AssessmentViewModel pane = assess(actions());
        assertThat(pane.summary().get()).as("nothing is shown before the first try").isEmpty();
        assertThat(pane.ratingProblem(ReviewFactor.NATIONAL_SECURITY).get()).isEmpty();

        pane.save();

        for (ReviewFactor factor : ReviewFactor.values()) {
            assertThat(pane.ratingProblem(factor).get()).as(factor.name()).isEqualTo("Choose a rating: 1, 2 or 3.");
            assertThat(pane.commentProblem(factor).get()).as(factor.name())
                    .isEqualTo("Say what supports the rating.");
        }
        assertThat(pane.noteProblem().get()).isEqualTo("Write a note of at least 10 characters (0 so far).");
        assertThat(pane.summary().get()).isEqualTo("17 fields still need filling in; each is marked above.");
        assertThat(pane.focusRequest().get()).isEqualTo(new AssessmentViewModel.Field(
                ReviewFactor.NATIONAL_SECURITY, AssessmentViewModel.Field.Kind.RATING));
        assertThat(backend.performed).isEmpty();
        assertThat(dialogs.errors).as("problems are beside the fields, not in a dialog").isEmpty();
    }

    @Test
    void problemsGoAsTheyAreFixedAndTheFocusGoesToTheFirstLeft() {
        AssessmentViewModel pane = assess(actions());
        pane.save();

        rateAll(pane);
        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "  ");

        assertThat(pane.ratingProblem(ReviewFactor.NATIONAL_SECURITY).get()).isEmpty();
        assertThat(pane.commentProblem(ReviewFactor.DESTINATION).get()).isNotEmpty();
        assertThat(pane.summary().get()).isEqualTo("2 fields still need filling in; each is marked above.");
        pane.save();
        assertThat(pane.focusRequest().get()).isEqualTo(new AssessmentViewModel.Field(ReviewFactor.DESTINATION,
                AssessmentViewModel.Field.Kind.COMMENT));

        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit through a hub.");
        pane.noteProperty().set("Too short");
        assertThat(pane.summary().get()).isEqualTo("1 field still needs filling in; it is marked above.");
        pane.save();
        assertThat(pane.focusRequest().get()).isEqualTo(AssessmentViewModel.Field.NOTE);
        assertThat(backend.performed).isEmpty();
    }

    @Test
    void aCompleteAssessmentIsSavedClosesThePaneAndForgetsItsDraft() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);
        rateAll(pane);
        pane.keepDraft();
        assertThat(backend.drafts).containsKey(REFERENCE);
        pane.noteProperty().set(NOTE);

        pane.save();

        WorkflowCommand.Assess saved = (WorkflowCommand.Assess) backend.performed.get(0);
        assertThat(saved.expectedVersion()).isEqualTo(2);
        assertThat(saved.note()).isEqualTo(NOTE);
        assertThat(saved.factors()).extracting(FactorAssessment::factor).containsExactly(ReviewFactor.values());
        assertThat(pane.closing().get()).isEqualTo(AssessmentViewModel.Closing.CLOSED);
        assertThat(actions.assessmentProperty().get()).isNull();
        assertThat(backend.drafts).isEmpty();
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aRefusedAssessmentKeepsThePaneOpenWithEverythingTyped() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);
        rateAll(pane);
        pane.noteProperty().set(NOTE);
        backend.failures.add(new WorkflowRefusedException("Only the assignee (wang.fang) may assess " + REFERENCE
                + "."));

        pane.save();

        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.message())
                .contains("wang.fang"));
        assertThat(actions.assessmentProperty().get()).isSameAs(pane);
        assertThat(pane.closing().get()).isEqualTo(AssessmentViewModel.Closing.OPEN);
        assertThat(pane.noteProperty().get()).isEqualTo(NOTE);
    }

    @Test
    void escapeClosesAnUntouchedPaneAtOnce() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);

        pane.requestClose();

        assertThat(pane.closing().get()).isEqualTo(AssessmentViewModel.Closing.CLOSED);
        assertThat(actions.assessmentProperty().get()).isNull();
        assertThat(backend.drafts).isEmpty();
    }

    @Test
    void escapeWithUnsavedTextAsksAndTheReviewerCanStayKeepOrDiscard() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);
        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit through a hub.");

        pane.requestClose();
        assertThat(pane.closing().get()).isEqualTo(AssessmentViewModel.Closing.ASKING);
        pane.stay();
        assertThat(pane.closing().get()).isEqualTo(AssessmentViewModel.Closing.OPEN);
        assertThat(actions.assessmentProperty().get()).isSameAs(pane);

        pane.requestClose();
        pane.discardAndClose();
        assertThat(actions.assessmentProperty().get()).isNull();
        assertThat(backend.drafts).isEmpty();
        AssessmentViewModel again = assess(actions);
        assertThat(again.factors().get(ReviewFactor.DESTINATION.ordinal()).ratingProperty().get())
                .as("discarded").isNull();
        assertThat(again.origin().get()).isEmpty();
    }

    @Test
    void aDraftSurvivesClosingThePaneAndComesBackWhenAssessingAgain() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);
        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit through a hub.\nSecond line.");
        pane.noteProperty().set("Half done");

        pane.requestClose();
        pane.keepDraftAndClose();

        assertThat(actions.assessmentProperty().get()).isNull();
        AssessmentDraft kept = backend.drafts.get(REFERENCE);
        assertThat(kept.note()).isEqualTo("Half done");
        assertThat(kept.savedAt()).isEqualTo(CLOCK.instant());
        AssessmentViewModel again = assess(actions);
        FactorRow destination = again.factors().get(ReviewFactor.DESTINATION.ordinal());
        assertThat(destination.ratingProperty().get()).isEqualTo(FactorRating.CONCERN);
        assertThat(destination.commentProperty().get()).isEqualTo("Transit through a hub.\nSecond line.");
        assertThat(again.noteProperty().get()).isEqualTo("Half done");
        assertThat(again.origin().get()).isEqualTo(
                "Your draft of 2026-11-29 11:15 is back; it is not in the audit trail yet.");
        assertThat(again.hasUnsavedText()).isTrue();
    }

    @Test
    void choosingAnotherApplicationClosesThePaneAndKeepsWhatWasTyped() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);
        rate(pane, ReviewFactor.OTHER, FactorRating.NOT_APPLICABLE, "No other factor arises.");

        actions.show(details(OTHER));

        assertThat(actions.assessmentProperty().get()).isNull();
        assertThat(backend.drafts.get(REFERENCE).factors()).contains(new AssessmentDraft.Factor(ReviewFactor.OTHER,
                FactorRating.NOT_APPLICABLE, "No other factor arises."));
    }

    @Test
    void aDraftKeptBeforeARestartComesBackInANewSession() {
        backend.drafts.put(REFERENCE, new AssessmentDraft(REFERENCE, List.of(new AssessmentDraft.Factor(
                ReviewFactor.EXPORTER_CREDIT, FactorRating.CONCERN, "Two late reports in 2025.")), "",
                Instant.parse("2026-11-28T09:00:00Z")));

        AssessmentViewModel pane = assess(actions());

        FactorRow credit = pane.factors().get(ReviewFactor.EXPORTER_CREDIT.ordinal());
        assertThat(credit.ratingProperty().get()).isEqualTo(FactorRating.CONCERN);
        assertThat(credit.commentProperty().get()).isEqualTo("Two late reports in 2025.");
        assertThat(pane.origin().get()).contains("2026-11-28 17:00");
    }

    @Test
    void keepingTheSameTextTwiceWritesOnceAndUndoingEveryChangeLeavesNoDraft() {
        AssessmentViewModel pane = assess(actions());
        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit.");
        pane.keepDraft();
        backend.drafts.clear();
        pane.keepDraft();
        assertThat(backend.drafts).as("nothing new to keep").isEmpty();

        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit via a hub.");
        pane.keepDraft();
        assertThat(backend.drafts).containsKey(REFERENCE);
        rate(pane, ReviewFactor.DESTINATION, null, "");
        pane.keepDraft();
        assertThat(backend.drafts).isEmpty();
        assertThat(pane.hasUnsavedText()).isFalse();
    }

    @Test
    void aDraftTheDiskRefusesIsToldOnceAndStillKeptWhileTheDeskIsOpen() {
        ActionsViewModel actions = actions();
        backend.draftFailure = new java.io.UncheckedIOException("No space left on device",
                new java.io.IOException("No space left on device"));
        AssessmentViewModel pane = assess(actions);
        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit.");
        pane.keepDraft();
        rate(pane, ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit via a hub.");
        pane.keepDraft();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(messages.get("assess.draftNotKept.title"));
            assertThat(error.message()).contains("No space left on device");
        });
        pane.keepDraftAndClose();
        AssessmentViewModel again = assess(actions);
        assertThat(again.factors().get(ReviewFactor.DESTINATION.ordinal()).commentProperty().get())
                .isEqualTo("Transit via a hub.");
    }

    @Test
    void assessingAgainWhileThePaneIsOpenBringsItIntoFocusInsteadOfOpeningAnother() {
        ActionsViewModel actions = actions();
        AssessmentViewModel pane = assess(actions);
        rate(pane, ReviewFactor.NATIONAL_SECURITY, FactorRating.NO_CONCERN, "None.");

        actions.start(AuditAction.ASSESSED);

        assertThat(actions.assessmentProperty().get()).isSameAs(pane);
        assertThat(pane.focusRequest().get()).isEqualTo(new AssessmentViewModel.Field(
                ReviewFactor.INTERNATIONAL_OBLIGATIONS, AssessmentViewModel.Field.Kind.RATING));
        assertThat(dialogsShown).isEmpty();
    }
}
