package org.licensedesk.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.workflow.DecisionTiming;
import org.licensedesk.domain.workflow.FirstCountersign;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.WorkflowState;

/** A workflow state being changed by one action; starts as a copy of the state read. */
final class StateChange {
    private final WorkflowState from;
    ApplicationStatus status;
    String assignee;
    String recommendedBy;
    Recommendation recommendation;
    boolean factorsAssessed;
    LocalDate clockStoppedOn;
    int stoppedWorkingDays;
    Instant decidedAt;
    Boolean decidedWithinDeadline;
    String licenceNumber;
    LocalDate licenceValidFrom;
    LocalDate licenceValidUntil;
    ClockStop clockStop;
    FirstCountersign firstCountersign;

    StateChange(WorkflowState from) {
        this.from = from;
        status = from.status();
        assignee = from.assignee();
        recommendedBy = from.recommendedBy();
        recommendation = from.recommendation();
        factorsAssessed = from.factorsAssessed();
        clockStoppedOn = from.clockStoppedOn();
        stoppedWorkingDays = from.stoppedWorkingDays();
        decidedAt = from.decidedAt();
        decidedWithinDeadline = from.decidedWithinDeadline();
        licenceNumber = from.licenceNumber();
        licenceValidFrom = from.licenceValidFrom();
        licenceValidUntil = from.licenceValidUntil();
        clockStop = from.clockStop();
        firstCountersign = from.firstCountersign();
    }

    /** A final status: the clock stops for good and the timing against the deadline is kept. */
    void decide(ApplicationStatus finalStatus, Instant at, DecisionTiming timing) {
        status = finalStatus;
        clockStoppedOn = null;
        clockStop = null;
        stoppedWorkingDays = timing.stoppedWorkingDays();
        decidedAt = at;
        decidedWithinDeadline = timing.withinDeadline();
    }

    /** The status written to the audit entry's toStatus: null when it did not change. */
    ApplicationStatus toStatus() {
        return status == from.status() ? null : status;
    }

    WorkflowState build(String changedBy, Instant changedAt) {
        return new WorkflowState(from.reference(), from.receivedOn(), status, assignee, recommendedBy, recommendation,
                factorsAssessed, clockStoppedOn, stoppedWorkingDays, decidedAt, decidedWithinDeadline, licenceNumber,
                licenceValidFrom, licenceValidUntil, from.version() + 1, changedBy, changedAt, from.screening(), clockStop,
                firstCountersign);
    }
}
