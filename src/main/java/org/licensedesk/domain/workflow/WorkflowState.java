package org.licensedesk.domain.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.CountersignStage;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.WorkingDayCalendar;

/**
 * Where an application stands in the decision workflow: what the rules decide on and what the screens show about
 * the decision.
 *
 * @param assignee              username of the reviewer working on it, or null
 * @param recommendedBy         username of whoever made the pending recommendation, or null
 * @param recommendation        the pending recommendation, or null
 * @param factorsAssessed       whether the latest assessment rates all eight review factors
 * @param clockStoppedOn        the day information was requested while the decision clock is stopped, else null
 * @param stoppedWorkingDays    working days the clock was stopped in earlier, finished requests for information
 * @param decidedAt             when a final status was reached, or null
 * @param decidedWithinDeadline whether that was within the time limit, or null while undecided
 * @param licenceNumber         the licence issued on approval, or null
 * @param lastChangedBy         username of whoever changed the application last, or null if never
 * @param screening             the hits without a disposition and the true matches; loaded by the service, since
 *                              approval depends on them
 * @param firstCountersign      the first of two countersignatures a rule requires, while the second is awaited;
 *                              else null (see {@link CountersignRules})
 * @param clockStop             why the clock is stopped when that is not a request for information (Regulations
 *                              Art. 17(2), 17(3)), else null; {@code clockStoppedOn} is then the day it stopped
 */
public record WorkflowState(
        String reference,
        LocalDate receivedOn,
        ApplicationStatus status,
        String assignee,
        String recommendedBy,
        Recommendation recommendation,
        boolean factorsAssessed,
        LocalDate clockStoppedOn,
        int stoppedWorkingDays,
        Instant decidedAt,
        Boolean decidedWithinDeadline,
        String licenceNumber,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        long version,
        String lastChangedBy,
        Instant lastChangedAt,
        ScreeningClearance screening,
        ClockStop clockStop,
        FirstCountersign firstCountersign) {

    /** A state without a first countersignature (see {@link CountersignRules}). */
    public WorkflowState(String reference, LocalDate receivedOn, ApplicationStatus status, String assignee,
            String recommendedBy, Recommendation recommendation, boolean factorsAssessed, LocalDate clockStoppedOn,
            int stoppedWorkingDays, Instant decidedAt, Boolean decidedWithinDeadline, String licenceNumber,
            LocalDate licenceValidFrom, LocalDate licenceValidUntil, long version, String lastChangedBy,
            Instant lastChangedAt, ScreeningClearance screening, ClockStop clockStop) {
        this(reference, receivedOn, status, assignee, recommendedBy, recommendation, factorsAssessed, clockStoppedOn,
                stoppedWorkingDays, decidedAt, decidedWithinDeadline, licenceNumber, licenceValidFrom,
                licenceValidUntil, version, lastChangedBy, lastChangedAt, screening, clockStop, null);
    }

    public WorkflowState {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(screening, "screening");
    }

    /** A state whose clock is not stopped for any reason but a request for information. */
    public WorkflowState(String reference, LocalDate receivedOn, ApplicationStatus status, String assignee,
            String recommendedBy, Recommendation recommendation, boolean factorsAssessed, LocalDate clockStoppedOn,
            int stoppedWorkingDays, Instant decidedAt, Boolean decidedWithinDeadline, String licenceNumber,
            LocalDate licenceValidFrom, LocalDate licenceValidUntil, long version, String lastChangedBy,
            Instant lastChangedAt, ScreeningClearance screening) {
        this(reference, receivedOn, status, assignee, recommendedBy, recommendation, factorsAssessed, clockStoppedOn,
                stoppedWorkingDays, decidedAt, decidedWithinDeadline, licenceNumber, licenceValidFrom,
                licenceValidUntil, version, lastChangedBy, lastChangedAt, screening, null);
    }

    /** A state whose screening is clear, until {@link #withScreening} says otherwise. */
    public WorkflowState(String reference, LocalDate receivedOn, ApplicationStatus status, String assignee,
            String recommendedBy, Recommendation recommendation, boolean factorsAssessed, LocalDate clockStoppedOn,
            int stoppedWorkingDays, Instant decidedAt, Boolean decidedWithinDeadline, String licenceNumber,
            LocalDate licenceValidFrom, LocalDate licenceValidUntil, long version, String lastChangedBy,
            Instant lastChangedAt) {
        this(reference, receivedOn, status, assignee, recommendedBy, recommendation, factorsAssessed, clockStoppedOn,
                stoppedWorkingDays, decidedAt, decidedWithinDeadline, licenceNumber, licenceValidFrom,
                licenceValidUntil, version, lastChangedBy, lastChangedAt, ScreeningClearance.CLEAR);
    }

    public WorkflowState withFactorsAssessed(boolean assessed) {
        return new WorkflowState(reference, receivedOn, status, assignee, recommendedBy, recommendation, assessed,
                clockStoppedOn, stoppedWorkingDays, decidedAt, decidedWithinDeadline, licenceNumber, licenceValidFrom,
                licenceValidUntil, version, lastChangedBy, lastChangedAt, screening, clockStop, firstCountersign);
    }

    public WorkflowState withScreening(ScreeningClearance clearance) {
        return new WorkflowState(reference, receivedOn, status, assignee, recommendedBy, recommendation,
                factorsAssessed, clockStoppedOn, stoppedWorkingDays, decidedAt, decidedWithinDeadline, licenceNumber,
                licenceValidFrom, licenceValidUntil, version, lastChangedBy, lastChangedAt, clearance,
                clockStop, firstCountersign);
    }

    /** Which countersignature the application awaits; null unless it is PENDING_COUNTERSIGN. */
    public CountersignStage countersignStage() {
        return status == ApplicationStatus.PENDING_COUNTERSIGN ? CountersignStage.afterFirstBy(firstCountersign == null ? null : firstCountersign.by()) : null;
    }

    public boolean isClockStopped() {
        return clockStoppedOn != null;
    }

    public boolean isAssignee(String username) {
        return assignee != null && assignee.equals(username);
    }

    /**
     * Working days the clock has been stopped up to {@code today}: the finished requests plus a request still open.
     */
    public int stoppedWorkingDays(WorkingDayCalendar calendar, LocalDate today) {
        return deadlineClock().stoppedWorkingDays(calendar, today);
    }

    /** The statutory decision date as it stands on {@code today}, pushed back by every day the clock was stopped. */
    public Deadline deadline(WorkingDayCalendar calendar, LocalDate today) {
        return deadlineClock().deadline(calendar, today);
    }

    public DeadlineClock deadlineClock() {
        return new DeadlineClock(receivedOn, stoppedWorkingDays, clockStoppedOn, clockStop);
    }
}
