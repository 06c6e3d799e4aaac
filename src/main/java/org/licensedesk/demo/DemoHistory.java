package org.licensedesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.CountersignRules;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.workflow.ScheduledAction;

/**
 * Plans how a generated application got to its status: the entry recording its receipt, then the workflow actions
 * of the demo officials that lead there, back-dated on working days in office hours between the receipt and now.
 * The workflow service performs the actions, so every history passes the same checks as real work.
 */
final class DemoHistory {
    static final String INTAKE_NOTE = "Application received through the filing portal and entered.";
    private static final String INTAKE_DETAILS = "{\"source\":\"demo\"}";

    /** The receipt entry and the actions after it, in time order. */
    record Plan(AuditDraft created, List<ScheduledAction> actions) {
    }

    /** Makes a step's command once its version and day are known. */
    @FunctionalInterface
    private interface Maker {
        WorkflowCommand make(long expectedVersion, LocalDate day);
    }

    /** A planned action: who, what, and when relative to the action before. */
    private record Step(DemoTimeline.Gap gap, User actor, Maker maker) {
    }

    private final DemoOfficials officials;
    private final DemoTimeline timeline;

    DemoHistory(DemoOfficials officials, DemoTimeline timeline) {
        this.officials = Objects.requireNonNull(officials, "officials");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
    }

    /** The history random of an application: from the seed and the reference, whatever else was generated. */
    static SplittableRandom random(long seed, String reference) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + reference.hashCode());
    }

    /** The history that leads {@code application} (as generated, with its intended status) to its status. */
    Plan plan(LicenceApplication application, SplittableRandom random) {
        Instant receivedAt = timeline.receipt(application.receivedOn(), random);
        User intake = officials.intake();
        AuditDraft created = new AuditDraft(receivedAt, application.reference(), AuditAction.CREATED,
                intake.username(), intake.role(), null, ApplicationStatus.SUBMITTED, INTAKE_NOTE, INTAKE_DETAILS);
        List<Step> steps = new ArrayList<>();
        Optional<User> reviewer = application.status() == ApplicationStatus.SUBMITTED ? Optional.empty()
                : officials.reviewer(application.assignee());
        if (reviewer.isPresent()) {
            new Script(application, random, reviewer.get(), steps).run();
        }
        List<Instant> times = timeline.place(application.receivedOn(), receivedAt,
                steps.stream().map(Step::gap).toList(), random);
        List<ScheduledAction> actions = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Instant at = times.get(i);
            // Each action leaves the next version: the application is stored at version 0.
            actions.add(new ScheduledAction(steps.get(i).actor(), steps.get(i).maker().make(i, timeline.day(at)), at));
        }
        return new Plan(created, actions);
    }

    /** The actions of one application, written down as steps. */
    private final class Script {
        private final LicenceApplication application;
        private final String ref;
        private final SplittableRandom random;
        private final User reviewer;
        private final List<Step> steps;

        Script(LicenceApplication application, SplittableRandom random, User reviewer, List<Step> steps) {
            this.application = application;
            this.ref = application.reference();
            this.random = random;
            this.reviewer = reviewer;
            this.steps = steps;
        }

        void run() {
            take();
            ApplicationStatus target = application.status();
            switch (target) {
                case UNDER_REVIEW:
                    maybe(20, this::infoRound);
                    maybe(25, () -> assess(between(2, 12), Set.of()));
                    break;
                case INFO_REQUESTED:
                    maybe(10, this::infoRound);
                    requestInfo(between(2, 8), 20);
                    break;
                case PENDING_COUNTERSIGN:
                    maybe(25, this::infoRound);
                    boolean approval = chance(80);
                    recommend(approval, 8);
                    if (needsTwo(approval, false) && chance(50)) {
                        // A supervisor signed first; the case waits in the "To countersign" inbox for the second.
                        officials.supervisor(random).ifPresent(first -> steps.add(new Step(
                                new DemoTimeline.Gap(random.nextInt(2), 8), first, (v, day) -> approval
                                        ? new WorkflowCommand.Approve(ref, v, DemoReviewTexts.approveNote(random,
                                                false), null, List.of())
                                        : new WorkflowCommand.Deny(ref, v, DemoReviewTexts.denyNote(random, false),
                                                List.of()))));
                    }
                    break;
                case APPROVED:
                case DENIED:
                    decided(target == ApplicationStatus.APPROVED);
                    break;
                case RETURNED:
                    maybe(30, this::infoRound);
                    add(between(1, 10), reviewer, (v, day) -> new WorkflowCommand.ReturnWithoutAction(ref, v,
                            DemoReviewTexts.returnNote(random), DemoFindings.defects(random, application)));
                    break;
                case WITHDRAWN:
                    withdrawn();
                    break;
                default:
                    throw new IllegalStateException("Unhandled status " + target);
            }
            if (chance(15)) {
                note();
            }
        }

        /** Claimed by the reviewer, or now and then assigned by a supervisor. */
        private void take() {
            int gap = timeline.isWorkingDay(application.receivedOn()) ? random.nextInt(3) : between(1, 2);
            Optional<User> supervisor = chance(25) ? officials.supervisor(random) : Optional.empty();
            if (supervisor.isPresent()) {
                add(gap, supervisor.get(), (v, day) -> new WorkflowCommand.Assign(ref, v,
                        DemoReviewTexts.assignNote(random, reviewer.username()), reviewer));
            } else {
                add(gap, reviewer, (v, day) -> new WorkflowCommand.Claim(ref, v, DemoReviewTexts.claimNote(random)));
            }
        }

        private void infoRound() {
            requestInfo(between(1, 6), 0);
            add(between(3, 12), reviewer, (v, day) -> new WorkflowCommand.ReceiveInfo(ref, v,
                    DemoReviewTexts.receiveNote(random, day)));
        }

        private void requestInfo(int gap, int recentWithin) {
            steps.add(new Step(new DemoTimeline.Gap(gap, recentWithin), reviewer, (v, day) ->
                    new WorkflowCommand.RequestInfo(ref, v, DemoReviewTexts.requestNote(random),
                            DemoReviewTexts.questions(random, application))));
        }

        private void assess(int gap, Set<ReviewFactor> concerns) {
            add(gap, reviewer, (v, day) -> new WorkflowCommand.Assess(ref, v,
                    DemoReviewTexts.assessNote(random), DemoFindings.factors(random, application, concerns)));
        }

        /** Assessed, then recommended; the assessment raises the concerns a recommendation to deny rests on. */
        private void recommend(boolean approval, int recentWithin) {
            Set<ReviewFactor> concerns = approval ? Set.of() : DemoFindings.concerns(random);
            assess(between(2, 12), concerns);
            recommendAgain(approval, concerns, recentWithin);
        }

        private void recommendAgain(boolean approval, Set<ReviewFactor> concerns, int recentWithin) {
            Maker maker = approval
                    ? (v, day) -> new WorkflowCommand.RecommendApproval(ref, v,
                            DemoReviewTexts.recommendApprovalNote(random), DemoFindings.terms(random, application))
                    : (v, day) -> new WorkflowCommand.RecommendDenial(ref, v,
                            DemoReviewTexts.recommendDenialNote(random), DemoFindings.reasons(concerns, application));
            steps.add(new Step(new DemoTimeline.Gap(random.nextInt(3), recentWithin), reviewer, maker));
        }

        /** Recommended, sometimes sent back and recommended again, then countersigned by a supervisor. */
        private void decided(boolean approved) {
            maybe(25, this::infoRound);
            boolean recommendApproval = approved ? chance(95) : chance(12);
            Set<ReviewFactor> concerns = recommendApproval ? Set.of() : DemoFindings.concerns(random);
            if (chance(8)) {
                // Waiting for an expert opinion: these are the decisions that end up late.
                add(between(1, 3), reviewer, (v, day) -> new WorkflowCommand.AddNote(ref, v,
                        DemoReviewTexts.expertReferralNote(random)));
                assess(between(35, 50), concerns);
            } else {
                assess(between(2, 12), concerns);
            }
            recommendAgain(recommendApproval, concerns, 0);
            Optional<User> supervisor = officials.supervisor(random);
            if (supervisor.isEmpty()) {
                return; // Nobody may countersign: the application waits for a supervisor.
            }
            if (chance(10)) {
                add(between(1, 4), supervisor.get(), (v, day) -> new WorkflowCommand.SendBack(ref, v,
                        DemoReviewTexts.sendBackNote(random)));
                if (chance(50)) {
                    assess(between(1, 5), concerns);
                }
                recommendAgain(recommendApproval, concerns, 0);
            }
            boolean against = approved != recommendApproval;
            if (approved) {
                add(between(1, 6), supervisor.get(), (v, day) -> approve(v, against));
            } else {
                add(between(1, 6), supervisor.get(), (v, day) -> new WorkflowCommand.Deny(ref, v,
                        DemoReviewTexts.denyNote(random, against),
                        against ? DemoFindings.reasons(DemoFindings.concerns(random), application)
                                : List.of()));
            }
            if (needsTwo(approved, against)) {
                // As real officials would: a second supervisor concurs, on the terms or reasons the first signed.
                Optional<User> second = officials.secondSupervisor(supervisor.get());
                second.ifPresent(by -> add(between(0, 3), by, (v, day) -> approved
                        ? new WorkflowCommand.Approve(ref, v, DemoReviewTexts.secondCountersignNote(random, true),
                                null, List.of())
                        : new WorkflowCommand.Deny(ref, v, DemoReviewTexts.secondCountersignNote(random, false),
                                List.of())));
            }
        }

        /**
         * Whether the decision needs a second countersignature ({@link CountersignRules}): demo terms keep the licence
         * type applied for, the demo records no true matches, so no party is on the watch list, and a demo store has
         * the threshold a new store starts with.
         */
        private boolean needsTwo(boolean approve, boolean against) {
            return CountersignRules.reason(approve, application.licenceType(), false, against,
                    application.totalValueUsd(), CountersignRules.DEFAULT_VALUE_THRESHOLD_USD).isPresent();
        }

        private WorkflowCommand approve(long version, boolean againstDenial) {
            if (againstDenial) {
                return new WorkflowCommand.Approve(ref, version, DemoReviewTexts.approveNote(random, true),
                        DemoFindings.terms(random, application), DemoReviewTexts.approveAgainstReasons(random));
            }
            // Mostly as recommended; now and then the supervisor grants it for a shorter time.
            ApprovalTerms terms = null;
            if (chance(10)) {
                ApprovalTerms proposed = DemoFindings.terms(random, application);
                terms = new ApprovalTerms(proposed.licenceType(), Math.max(1, proposed.validityMonths() / 2),
                        proposed.conditions(), proposed.riders());
            }
            return new WorkflowCommand.Approve(ref, version, DemoReviewTexts.approveNote(random, false), terms,
                    List.of());
        }

        /** Withdrawn by the applicant, sometimes instead of answering questions; recorded by whoever took the call. */
        private void withdrawn() {
            if (chance(30)) {
                requestInfo(between(1, 6), 0);
            }
            User by = chance(40) ? officials.supervisor(random).orElse(reviewer) : reviewer;
            add(between(2, 25), by, (v, day) -> new WorkflowCommand.Withdraw(ref, v,
                    DemoReviewTexts.withdrawNote(random, day)));
        }

        /** A note somewhere after the application was taken, by the reviewer or a supervisor. */
        private void note() {
            User by = chance(70) ? reviewer : officials.supervisor(random).orElse(reviewer);
            int at = 1 + random.nextInt(steps.size());
            steps.add(at, new Step(new DemoTimeline.Gap(random.nextInt(3), 0), by,
                    (v, day) -> new WorkflowCommand.AddNote(ref, v, DemoReviewTexts.freeNote(random))));
        }

        private void add(int gap, User actor, Maker maker) {
            steps.add(new Step(new DemoTimeline.Gap(gap, 0), actor, maker));
        }

        private void maybe(int percent, Runnable part) {
            if (chance(percent)) {
                part.run();
            }
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }
    }
}
