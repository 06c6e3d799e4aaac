package org.licensedesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.Disposition;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.WorkflowCommand.AddNote;
import org.licensedesk.domain.workflow.WorkflowCommand.Approve;
import org.licensedesk.domain.workflow.WorkflowCommand.Assess;
import org.licensedesk.domain.workflow.WorkflowCommand.Assign;
import org.licensedesk.domain.workflow.WorkflowCommand.Claim;
import org.licensedesk.domain.workflow.WorkflowCommand.Deny;
import org.licensedesk.domain.workflow.WorkflowCommand.ReceiveInfo;
import org.licensedesk.domain.workflow.WorkflowCommand.RecommendApproval;
import org.licensedesk.domain.workflow.WorkflowCommand.RecommendDenial;
import org.licensedesk.domain.workflow.WorkflowCommand.RequestInfo;
import org.licensedesk.domain.workflow.WorkflowCommand.ReturnWithoutAction;
import org.licensedesk.domain.workflow.WorkflowCommand.SendBack;
import org.licensedesk.domain.workflow.WorkflowCommand.Withdraw;

class WorkflowRulesTest {
    private static final String REF = "EXP-2026-000123";
    private static final String NOTE = "Checked against the file and the checklist.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User RETIRED_REVIEWER = new User("chen.jie", "Chen Jie", UserRole.REVIEWER, false);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);

    private final WorkflowRules rules = new WorkflowRules();

    private static WorkflowState state(ApplicationStatus status, String assignee) {
        return new WorkflowState(REF, LocalDate.of(2026, 3, 2), status, assignee, null, null, false, null, 0, null,
                null, null, null, null, 4, null, null);
    }

    private static WorkflowState assessed() {
        return state(ApplicationStatus.UNDER_REVIEW, "li.na").withFactorsAssessed(true);
    }

    private static WorkflowState pending(Recommendation recommendation, String recommendedBy) {
        return new WorkflowState(REF, LocalDate.of(2026, 3, 2), ApplicationStatus.PENDING_COUNTERSIGN, "li.na",
                recommendedBy, recommendation, true, null, 0, null, null, null, null, null, 7, "li.na", null);
    }

    static List<FactorAssessment> allFactors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Nothing of concern found."));
        }
        return factors;
    }

    private static ApprovalTerms singleYear() {
        return new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of("Report shipment within 30 days."));
    }

    private static List<DenialReason> endUseReason() {
        return List.of(new DenialReason(ReviewFactor.END_USER_AND_END_USE, "The end user supplies a listed entity."));
    }

    private void assertAllowed(User actor, WorkflowState state, WorkflowCommand command) {
        assertThat(rules.refusal(actor, state, command)).isEmpty();
        assertThat(rules.allowedActions(actor, state)).contains(command.action());
    }

    private Optional<String> refusal(User actor, WorkflowState state, WorkflowCommand command) {
        return rules.refusal(actor, state, command);
    }

    // every action is allowed to whom the table says
    @Test
    void reviewerClaimsASubmittedApplicationForThemself() {
        assertAllowed(LI_NA, state(ApplicationStatus.SUBMITTED, null), new Claim(REF, 4, NOTE));
    }

    @Test
    void reviewerTakesOverAnOpenApplicationByClaimingIt() {
        assertAllowed(WANG_FANG, state(ApplicationStatus.UNDER_REVIEW, "li.na"), new Claim(REF, 4, NOTE));
    }

    @Test
    void supervisorAssignsToAnActiveReviewer() {
        assertAllowed(ZHAO_LEI, state(ApplicationStatus.SUBMITTED, null), new Assign(REF, 4, NOTE, LI_NA));
        assertAllowed(ZHAO_LEI, state(ApplicationStatus.INFO_REQUESTED, "li.na"),
                new Assign(REF, 4, NOTE, WANG_FANG));
    }

    @Test
    void assigneeRequestsInformation() {
        assertAllowed(LI_NA, state(ApplicationStatus.UNDER_REVIEW, "li.na"),
                new RequestInfo(REF, 4, NOTE, List.of("Who is the final consignee in Germany?")));
    }

    @Test
    void assigneeRecordsTheApplicantsAnswer() {
        assertAllowed(LI_NA, state(ApplicationStatus.INFO_REQUESTED, "li.na"), new ReceiveInfo(REF, 4, NOTE));
    }

    @Test
    void assigneeAssessesAllEightFactors() {
        assertAllowed(LI_NA, state(ApplicationStatus.UNDER_REVIEW, "li.na"), new Assess(REF, 4, NOTE, allFactors()));
    }

    @Test
    void assigneeRecommendsApprovalOnceAssessed() {
        assertAllowed(LI_NA, assessed(), new RecommendApproval(REF, 4, NOTE, singleYear()));
    }

    @Test
    void assigneeRecommendsDenialOnceAssessed() {
        assertAllowed(LI_NA, assessed(), new RecommendDenial(REF, 4, NOTE, endUseReason()));
    }

    @Test
    void assigneeReturnsAnIncompleteApplication() {
        assertAllowed(LI_NA, state(ApplicationStatus.UNDER_REVIEW, "li.na"),
                new ReturnWithoutAction(REF, 4, NOTE, List.of("The end-user certificate is not signed.")));
    }

    @Test
    void supervisorSendsARecommendationBack() {
        assertAllowed(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na"), new SendBack(REF, 7, NOTE));
    }

    @Test
    void anotherSupervisorApprovesAsRecommended() {
        assertAllowed(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na"), new Approve(REF, 7, NOTE, null, List.of()));
    }

    @Test
    void anotherSupervisorDeniesAsRecommended() {
        assertAllowed(ZHAO_LEI, pending(Recommendation.DENIAL, "li.na"), new Deny(REF, 7, NOTE, List.of()));
    }

    @Test
    void supervisorApprovesAgainstADenialWithTermsAndReasons() {
        assertAllowed(ZHAO_LEI, pending(Recommendation.DENIAL, "li.na"), new Approve(REF, 7, NOTE, singleYear(),
                List.of("The embassy confirmed the end user in writing.")));
    }

    @Test
    void supervisorDeniesAgainstAnApprovalWithReasons() {
        assertAllowed(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na"), new Deny(REF, 7, NOTE, endUseReason()));
    }

    @Test
    void assigneeOrSupervisorWithdraws() {
        assertAllowed(LI_NA, state(ApplicationStatus.INFO_REQUESTED, "li.na"), new Withdraw(REF, 4, NOTE));
        assertAllowed(ZHAO_LEI, state(ApplicationStatus.SUBMITTED, null), new Withdraw(REF, 4, NOTE));
    }

    @Test
    void anyActiveUserAddsANoteEvenToAClosedApplication() {
        assertAllowed(WANG_FANG, state(ApplicationStatus.UNDER_REVIEW, "li.na"), new AddNote(REF, 4, NOTE));
        assertAllowed(ZHAO_LEI, state(ApplicationStatus.APPROVED, "li.na"), new AddNote(REF, 4, NOTE));
    }

    // wrong role
    @Test
    void supervisorCannotClaim() {
        assertThat(refusal(ZHAO_LEI, state(ApplicationStatus.SUBMITTED, null), new Claim(REF, 4, NOTE)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Only reviewers claim applications"));
    }

    @Test
    void reviewerCannotAssign() {
        assertThat(refusal(LI_NA, state(ApplicationStatus.SUBMITTED, null), new Assign(REF, 4, NOTE, WANG_FANG)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Only a supervisor may assign " + REF));
    }

    @Test
    void reviewerCannotSendBackApproveOrDeny() {
        WorkflowState pending = pending(Recommendation.APPROVAL, "li.na");
        assertThat(refusal(LI_NA, pending, new SendBack(REF, 7, NOTE)))
                .contains("Only a supervisor may send back " + REF + ".");
        assertThat(refusal(WANG_FANG, pending, new Approve(REF, 7, NOTE, null, List.of())))
                .contains("Only a supervisor may approve " + REF + ".");
        assertThat(refusal(WANG_FANG, pending, new Deny(REF, 7, NOTE, endUseReason())))
                .contains("Only a supervisor may deny " + REF + ".");
    }

    @Test
    void deactivatedUserCannotActAtAll() {
        assertThat(refusal(RETIRED_REVIEWER, state(ApplicationStatus.SUBMITTED, null), new Claim(REF, 4, NOTE)))
                .hasValueSatisfying(m -> assertThat(m).contains("is deactivated"));
        assertThat(rules.allowedActions(RETIRED_REVIEWER, state(ApplicationStatus.SUBMITTED, null))).isEmpty();
    }

    // wrong status
    @Test
    void closedApplicationCannotBeClaimedAssignedOrWithdrawn() {
        WorkflowState approved = state(ApplicationStatus.APPROVED, "li.na");
        assertThat(refusal(WANG_FANG, approved, new Claim(REF, 4, NOTE)))
                .hasValueSatisfying(m -> assertThat(m).startsWith(REF + " is already approved"));
        assertThat(refusal(ZHAO_LEI, approved, new Assign(REF, 4, NOTE, WANG_FANG))).isPresent();
        assertThat(refusal(ZHAO_LEI, approved, new Withdraw(REF, 4, NOTE))).isPresent();
    }

    @Test
    void informationIsRequestedOnlyUnderReview() {
        assertThat(refusal(LI_NA, pending(Recommendation.APPROVAL, "wang.fang"),
                new RequestInfo(REF, 7, NOTE, List.of("Question?")))).contains("You can request information on "
                + REF + " only while it is under review; it is waiting for a supervisor's countersignature.");
    }

    @Test
    void answerIsRecordedOnlyWhileInformationIsRequested() {
        assertThat(refusal(LI_NA, state(ApplicationStatus.UNDER_REVIEW, "li.na"), new ReceiveInfo(REF, 4, NOTE)))
                .isPresent();
    }

    @Test
    void assessmentRecommendationAndReturnOnlyUnderReview() {
        WorkflowState waiting = state(ApplicationStatus.INFO_REQUESTED, "li.na").withFactorsAssessed(true);
        assertThat(refusal(LI_NA, waiting, new Assess(REF, 4, NOTE, allFactors()))).isPresent();
        assertThat(refusal(LI_NA, waiting, new RecommendApproval(REF, 4, NOTE, singleYear()))).isPresent();
        assertThat(refusal(LI_NA, waiting, new RecommendDenial(REF, 4, NOTE, endUseReason()))).isPresent();
        assertThat(refusal(LI_NA, waiting, new ReturnWithoutAction(REF, 4, NOTE, List.of("Unsigned.")))).isPresent();
    }

    @Test
    void decisionsAndSendingBackOnlyWhilePendingCountersign() {
        WorkflowState review = state(ApplicationStatus.UNDER_REVIEW, "li.na");
        assertThat(refusal(ZHAO_LEI, review, new Approve(REF, 4, NOTE, singleYear(), List.of()))).isPresent();
        assertThat(refusal(ZHAO_LEI, review, new Deny(REF, 4, NOTE, endUseReason()))).isPresent();
        assertThat(refusal(ZHAO_LEI, review, new SendBack(REF, 4, NOTE))).isPresent();
    }

    @Test
    void pendingApplicationWithoutARecommendationMustBeSentBack() {
        assertThat(refusal(ZHAO_LEI, pending(null, null), new Approve(REF, 7, NOTE, singleYear(), List.of())))
                .hasValueSatisfying(m -> assertThat(m).contains("no recorded recommendation"));
    }

    // not the assignee
    @Test
    void onlyTheAssigneeRequestsInformation() {
        assertThat(refusal(WANG_FANG, state(ApplicationStatus.UNDER_REVIEW, "li.na"),
                new RequestInfo(REF, 4, NOTE, List.of("Question?"))))
                .contains("Only the assignee (li.na) may request information on EXP-2026-000123.");
    }

    @Test
    void onlyTheAssigneeAssessesRecommendsAndReturns() {
        WorkflowState assessed = assessed();
        assertThat(refusal(WANG_FANG, assessed, new Assess(REF, 4, NOTE, allFactors())))
                .contains("Only the assignee (li.na) may assess " + REF + ".");
        assertThat(refusal(WANG_FANG, assessed, new RecommendApproval(REF, 4, NOTE, singleYear()))).isPresent();
        assertThat(refusal(WANG_FANG, assessed, new RecommendDenial(REF, 4, NOTE, endUseReason()))).isPresent();
        assertThat(refusal(WANG_FANG, assessed, new ReturnWithoutAction(REF, 4, NOTE, List.of("x")))).isPresent();
        assertThat(refusal(WANG_FANG, state(ApplicationStatus.INFO_REQUESTED, "li.na"),
                new ReceiveInfo(REF, 4, NOTE))).isPresent();
    }

    @Test
    void aSupervisorIsNotTheAssigneeEither() {
        assertThat(refusal(ZHAO_LEI, state(ApplicationStatus.UNDER_REVIEW, "li.na"),
                new Assess(REF, 4, NOTE, allFactors()))).isPresent();
    }

    @Test
    void unassignedApplicationMustBeClaimedFirst() {
        WorkflowState unassigned = state(ApplicationStatus.UNDER_REVIEW, null);
        assertThat(refusal(LI_NA, unassigned, new Assess(REF, 4, NOTE, allFactors())))
                .hasValueSatisfying(m -> assertThat(m).startsWith(REF + " has no assignee; claim it"));
    }

    @Test
    void anotherReviewerCannotWithdraw() {
        assertThat(refusal(WANG_FANG, state(ApplicationStatus.UNDER_REVIEW, "li.na"), new Withdraw(REF, 4, NOTE)))
                .contains("Only the assignee (li.na) or a supervisor may withdraw " + REF + ".");
    }

    @Test
    void assigneeCannotClaimAgain() {
        assertThat(refusal(LI_NA, state(ApplicationStatus.UNDER_REVIEW, "li.na"), new Claim(REF, 4, NOTE)))
                .contains("You are already the assignee of " + REF + ".");
    }

    // four eyes
    @Test
    void recommendationBySameSupervisorIsRefused() {
        WorkflowState pending = pending(Recommendation.APPROVAL, "zhao.lei");
        String expected = "You recommended this application; another supervisor must countersign it.";
        assertThat(refusal(ZHAO_LEI, pending, new Approve(REF, 7, NOTE, null, List.of()))).contains(expected);
        assertThat(refusal(ZHAO_LEI, pending, new Deny(REF, 7, NOTE, endUseReason()))).contains(expected);
        assertThat(rules.allowedActions(ZHAO_LEI, pending)).doesNotContain(AuditAction.APPROVED, AuditAction.DENIED);
        assertThat(refusal(ZHANG_MIN, pending, new Approve(REF, 7, NOTE, null, List.of()))).isEmpty();
    }

    // notes
    @Test
    void claimingAnUnassignedApplicationNeedsNoNoteButTakesAnOptionalOne() {
        WorkflowState unassigned = state(ApplicationStatus.SUBMITTED, null);
        assertThat(WorkflowRules.noteRequired(unassigned, AuditAction.CLAIMED)).isFalse();
        assertAllowed(LI_NA, unassigned, new Claim(REF, 4, null));
        assertAllowed(LI_NA, unassigned, new Claim(REF, 4, ""));
        assertAllowed(LI_NA, unassigned, new Claim(REF, 4, "urgent"));
        assertAllowed(LI_NA, state(ApplicationStatus.UNDER_REVIEW, null), new Claim(REF, 4, ""));
    }

    @Test
    void takingAnApplicationOverFromAColleagueStillNeedsANote() {
        WorkflowState held = state(ApplicationStatus.UNDER_REVIEW, "li.na");
        assertThat(WorkflowRules.noteRequired(held, AuditAction.CLAIMED)).isTrue();
        assertThat(refusal(WANG_FANG, held, new Claim(REF, 4, null)))
                .contains("Write a note of at least 10 characters saying why you take it over; it stays in the "
                        + "audit trail.");
        assertThat(refusal(WANG_FANG, held, new Claim(REF, 4, "mine now"))).isPresent();
    }

    @Test
    void anOptionalNoteDoesNotOpenTheRulesBeforeIt() {
        assertThat(refusal(ZHAO_LEI, state(ApplicationStatus.SUBMITTED, null), new Claim(REF, 4, "")))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Only reviewers claim applications"));
        assertThat(refusal(LI_NA, state(ApplicationStatus.APPROVED, null), new Claim(REF, 4, "")))
                .hasValueSatisfying(m -> assertThat(m).startsWith(REF + " is already approved"));
    }

    @Test
    void missingNoteIsRefused() {
        WorkflowState held = state(ApplicationStatus.UNDER_REVIEW, "wang.fang");
        assertThat(refusal(LI_NA, held, new Claim(REF, 4, null)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Write a note of at least 10 characters"));
        assertThat(refusal(LI_NA, held, new Claim(REF, 4, "   \n "))).isPresent();
        assertThat(refusal(WANG_FANG, state(ApplicationStatus.UNDER_REVIEW, "wang.fang"),
                new RequestInfo(REF, 4, null, List.of("Who signs?")))).isPresent();
    }

    @Test
    void noteShorterThanTenCharactersAfterTrimmingIsRefused() {
        assertThat(refusal(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na"),
                new SendBack(REF, 7, "   too short   ")))
                .contains("Write a note of at least 10 characters saying what the reviewer must redo "
                        + "(it has 9); it stays in the audit trail.");
        assertThat(refusal(LI_NA, state(ApplicationStatus.UNDER_REVIEW, "wang.fang"), new Claim(REF, 4,
                " 0123456789 "))).isEmpty();
    }

    @Test
    void everyOtherActionNeedsANote() {
        assertThat(refusal(WANG_FANG, state(ApplicationStatus.APPROVED, "li.na"), new AddNote(REF, 4, "ok")))
                .isPresent();
        assertThat(refusal(LI_NA, assessed(), new RecommendApproval(REF, 4, "", singleYear()))).isPresent();
        assertThat(refusal(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na"),
                new Approve(REF, 7, "fine", null, List.of()))).isPresent();
        for (AuditAction action : WorkflowRules.workflowActions()) {
            assertThat(WorkflowRules.noteRequired(state(ApplicationStatus.UNDER_REVIEW, null), action))
                    .as(action.name()).isEqualTo(action != AuditAction.CLAIMED);
        }
    }

    // content
    @Test
    void recommendingBeforeAllEightFactorsAreAssessedIsRefused() {
        WorkflowState notAssessed = state(ApplicationStatus.UNDER_REVIEW, "li.na");
        String expected = "Assess all eight review factors of " + REF + " before you recommend a decision.";
        assertThat(refusal(LI_NA, notAssessed, new RecommendApproval(REF, 4, NOTE, singleYear()))).contains(expected);
        assertThat(refusal(LI_NA, notAssessed, new RecommendDenial(REF, 4, NOTE, endUseReason()))).contains(expected);
        assertThat(rules.allowedActions(LI_NA, notAssessed)).containsExactlyInAnyOrder(AuditAction.INFO_REQUESTED,
                AuditAction.ASSESSED, AuditAction.RETURNED_WITHOUT_ACTION, AuditAction.WITHDRAWN,
                AuditAction.NOTE_ADDED, AuditAction.CLOCK_STOPPED);
    }

    @Test
    void assessmentMustRateEachFactorOnceWithAComment() {
        WorkflowState review = state(ApplicationStatus.UNDER_REVIEW, "li.na");
        List<FactorAssessment> seven = allFactors().subList(0, 7);
        assertThat(refusal(LI_NA, review, new Assess(REF, 4, NOTE, seven)))
                .contains("Rate every review factor of Export Control Law Art. 13; missing: \"Other factors\".");
        List<FactorAssessment> twice = new ArrayList<>(seven);
        twice.add(seven.get(0));
        assertThat(refusal(LI_NA, review, new Assess(REF, 4, NOTE, twice)))
                .hasValueSatisfying(m -> assertThat(m).contains("twice"));
        List<FactorAssessment> uncommented = new ArrayList<>(seven);
        uncommented.add(new FactorAssessment(ReviewFactor.OTHER, FactorRating.NOT_APPLICABLE, "  "));
        assertThat(refusal(LI_NA, review, new Assess(REF, 4, NOTE, uncommented)))
                .contains("Give a comment for your rating of \"Other factors\".");
    }

    @Test
    void validityLongerThanTheLicenceTypeAllowsIsRefused() {
        assertThatThrownBy(() -> new ApprovalTerms(LicenceType.SINGLE, 13, List.of(), List.of()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageStartingWith("A single licence may be valid for at most 12 months, not 13");
        assertThatThrownBy(() -> new ApprovalTerms(LicenceType.GENERAL, 37, List.of(), List.of()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageStartingWith("A general licence may be valid for at most 36 months, not 37");
        assertThatThrownBy(() -> new ApprovalTerms(LicenceType.SINGLE, 0, List.of(), List.of()))
                .isInstanceOf(WorkflowRefusedException.class);
        assertThatThrownBy(() -> new ApprovalTerms(LicenceType.SINGLE, 6, Arrays.asList("  "), List.of()))
                .isInstanceOf(WorkflowRefusedException.class);
        assertThat(new ApprovalTerms(LicenceType.GENERAL, 36, List.of(" Annual report "), List.of()).conditions())
                .containsExactly("Annual report");
    }

    @Test
    void recommendationOfApprovalNeedsTerms() {
        assertThat(refusal(LI_NA, assessed(), new RecommendApproval(REF, 4, NOTE, null))).isPresent();
    }

    @Test
    void denialNeedsReasonsTiedToFactors() {
        assertThat(refusal(LI_NA, assessed(), new RecommendDenial(REF, 4, NOTE, List.of())))
                .contains("Give at least one reason for denial, each tied to a review factor.");
        assertThat(refusal(LI_NA, assessed(), new RecommendDenial(REF, 4, NOTE,
                List.of(new DenialReason(ReviewFactor.DESTINATION, " ")))))
                .contains("The reason tied to \"Destination country or region\" is empty; write it or remove it.");
    }

    @Test
    void decisionAgainstTheRecommendationNeedsItsOwnReasons() {
        assertThat(refusal(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na"), new Deny(REF, 7, NOTE, List.of())))
                .hasValueSatisfying(m -> assertThat(m).startsWith("The reviewer recommended approval; give your own "
                        + "reasons for denying"));
        assertThat(refusal(ZHAO_LEI, pending(Recommendation.DENIAL, "li.na"),
                new Approve(REF, 7, NOTE, singleYear(), List.of())))
                .hasValueSatisfying(m -> assertThat(m).startsWith("The reviewer recommended denial; give your own "
                        + "reasons for approving"));
        assertThat(refusal(ZHAO_LEI, pending(Recommendation.DENIAL, "li.na"),
                new Approve(REF, 7, NOTE, null, List.of("Embassy confirmed the end user."))))
                .hasValueSatisfying(m -> assertThat(m).contains("give the licence terms you grant"));
    }

    @Test
    void assigneeMustBeAnActiveReviewerOtherThanTheCurrentOne() {
        WorkflowState review = state(ApplicationStatus.UNDER_REVIEW, "li.na");
        assertThat(refusal(ZHAO_LEI, review, new Assign(REF, 4, NOTE, ZHANG_MIN)))
                .contains("zhang.min is a supervisor; assign " + REF + " to a reviewer.");
        assertThat(refusal(ZHAO_LEI, review, new Assign(REF, 4, NOTE, RETIRED_REVIEWER)))
                .contains("chen.jie is deactivated; assign " + REF + " to an active reviewer.");
        assertThat(refusal(ZHAO_LEI, review, new Assign(REF, 4, NOTE, LI_NA)))
                .contains(REF + " is already assigned to li.na.");
        assertThat(refusal(ZHAO_LEI, review, new Assign(REF, 4, NOTE, null))).isPresent();
    }

    @Test
    void requestForInformationNeedsQuestionsAndReturnNeedsDefects() {
        WorkflowState review = state(ApplicationStatus.UNDER_REVIEW, "li.na");
        assertThat(refusal(LI_NA, review, new RequestInfo(REF, 4, NOTE, List.of()))).isPresent();
        assertThat(refusal(LI_NA, review, new RequestInfo(REF, 4, NOTE, Arrays.asList("Why?", " "))))
                .contains("Question 2 is empty; write it or remove it.");
        assertThat(refusal(LI_NA, review, new ReturnWithoutAction(REF, 4, NOTE, List.of())))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Say what is missing or defective"));
    }

    // offered actions
    @Test
    void supervisorIsOfferedTheCountersignatureActions() {
        assertThat(rules.allowedActions(ZHAO_LEI, pending(Recommendation.APPROVAL, "li.na")))
                .containsExactlyInAnyOrder(AuditAction.ASSIGNED, AuditAction.SENT_BACK, AuditAction.APPROVED,
                        AuditAction.DENIED, AuditAction.WITHDRAWN, AuditAction.NOTE_ADDED,
                        // a referral to the State Council (Regulations Art. 17(2))
                        AuditAction.CLOCK_STOPPED);
    }

    @Test
    void assessedAssigneeIsOfferedTheRecommendations() {
        assertThat(rules.allowedActions(LI_NA, assessed()))
                .contains(AuditAction.RECOMMENDED_APPROVAL, AuditAction.RECOMMENDED_DENIAL)
                .doesNotContain(AuditAction.CLAIMED, AuditAction.APPROVED);
    }

    @Test
    void closedApplicationOffersOnlyNotes() {
        assertThat(rules.allowedActions(ZHAO_LEI, state(ApplicationStatus.DENIED, "li.na")))
                .containsExactly(AuditAction.NOTE_ADDED);
    }

    @Test
    void otherReviewerIsOfferedClaimAndNote() {
        assertThat(rules.allowedActions(WANG_FANG, state(ApplicationStatus.UNDER_REVIEW, "li.na")))
                .containsExactlyInAnyOrder(AuditAction.CLAIMED, AuditAction.NOTE_ADDED);
    }

    @Test
    void actionsOutsideTheWorkflowAreRefused() {
        assertThat(rules.refusal(ZHAO_LEI, state(ApplicationStatus.SUBMITTED, null), AuditAction.USER_ADDED))
                .isPresent();
    }

    // screening
    private static ScreeningHit hit(ScreeningDisposition verdict) {
        return new ScreeningHit(REF, ScreenedParty.CONSIGNEE, "TNK Trading International SA", 1L, "CSL|28603", "CSL",
                "TNK Trading International S.A.", null, "Entity List (EL) - Bureau of Industry and Security", null, 100,
                Instant.parse("2026-03-04T02:00:00Z"), verdict == null ? null
                        : new Disposition(verdict, "Checked the address.", "li.na", Instant.parse("2026-03-05T02:00:00Z")));
    }

    @Test
    void recommendingApprovalNeedsADispositionOnEveryHitButDenialDoesNot() {
        WorkflowState twoOpen = assessed().withScreening(ScreeningClearance.of(List.of(hit(null), hit(null))));

        assertThat(rules.refusal(LI_NA, twoOpen, AuditAction.RECOMMENDED_APPROVAL)).hasValue("2 screening hits have "
                + "no disposition yet: record one on the Screening tab before you recommend approval of " + REF + ".");
        assertThat(rules.allowedActions(LI_NA, twoOpen)).contains(AuditAction.RECOMMENDED_DENIAL)
                .doesNotContain(AuditAction.RECOMMENDED_APPROVAL);
        WorkflowState cleared = assessed().withScreening(ScreeningClearance.of(List.of(
                hit(ScreeningDisposition.FALSE_POSITIVE))));
        assertThat(rules.allowedActions(LI_NA, cleared)).contains(AuditAction.RECOMMENDED_APPROVAL);
    }

    @Test
    void aTrueMatchBlocksRecommendingAndCountersigningApproval() {
        ScreeningClearance trueMatch = ScreeningClearance.of(List.of(hit(ScreeningDisposition.TRUE_MATCH)));

        assertThat(rules.refusal(LI_NA, assessed().withScreening(trueMatch), AuditAction.RECOMMENDED_APPROVAL))
                .hasValue("The consignee (TNK Trading International SA) is a true match for TNK Trading International "
                        + "S.A. on the Entity List (EL) - Bureau of Industry and Security; recommend denial instead.");
        WorkflowState pending = pending(Recommendation.APPROVAL, "li.na").withScreening(trueMatch);
        assertThat(rules.refusal(ZHAO_LEI, pending, AuditAction.APPROVED))
                .hasValueSatisfying(m -> assertThat(m).endsWith("or send it back instead of approving it."));
        assertThat(rules.allowedActions(ZHAO_LEI, pending)).contains(AuditAction.DENIED, AuditAction.SENT_BACK)
                .doesNotContain(AuditAction.APPROVED);
    }
}
