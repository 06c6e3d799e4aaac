package org.licensedesk.dashboard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.history.HistoryFilter;

/** The history filters of the dashboards' figures: the decision entries of some days, narrowed. */
final class DecisionFilters {
    /** The actions that record a decision. */
    static final Set<AuditAction> DECISION_ACTIONS = EnumSet.of(AuditAction.APPROVED, AuditAction.DENIED,
            AuditAction.RETURNED_WITHOUT_ACTION, AuditAction.WITHDRAWN);

    private DecisionFilters() {
    }

    /** Every decision entry of these days (inclusive). */
    static HistoryFilter decisions(LocalDate first, LocalDate last) {
        return HistoryFilter.ANY.withDays(first, last).withActions(DECISION_ACTIONS);
    }

    /** Only the decisions with this outcome. */
    static HistoryFilter withOutcome(HistoryFilter filter, ApplicationStatus outcome) {
        return filter.withActions(Set.of(decisionAction(outcome))).withOutcome(outcome);
    }

    /** Only the decisions on the merits: approvals and denials. */
    static HistoryFilter onMerits(HistoryFilter filter) {
        return filter.withActions(Set.of(AuditAction.APPROVED, AuditAction.DENIED));
    }

    /** Only the decisions of applications with an item of the element. */
    static HistoryFilter ofElement(HistoryFilter filter, String element) {
        return new HistoryFilter(filter.from(), filter.to(), filter.actor(), filter.actions(), filter.outcome(),
                element, filter.controlCode(), filter.endUserCountry(), filter.applicant(), filter.noteText(),
                filter.references());
    }

    /** Only the decisions of applications whose end user is in the country. */
    static HistoryFilter toCountry(HistoryFilter filter, String country) {
        return new HistoryFilter(filter.from(), filter.to(), filter.actor(), filter.actions(), filter.outcome(),
                filter.elementSymbol(), filter.controlCode(), country, filter.applicant(), filter.noteText(),
                filter.references());
    }

    /** The action that records a decision with this outcome. */
    static AuditAction decisionAction(ApplicationStatus outcome) {
        return switch (outcome) {
            case APPROVED -> AuditAction.APPROVED;
            case DENIED -> AuditAction.DENIED;
            case RETURNED -> AuditAction.RETURNED_WITHOUT_ACTION;
            case WITHDRAWN -> AuditAction.WITHDRAWN;
            default -> throw new IllegalArgumentException(outcome + " is not the outcome of a decision");
        };
    }
}
