package org.licensedesk.team;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reassignment that changed nothing, because at least one of its applications was refused; lists every refusal,
 * so the supervisor can fix them all at once.
 */
public final class ReassignmentRefusedException extends RuntimeException {
    private final List<CaseRefusal> refusals;
    private final int requested;

    public ReassignmentRefusedException(List<CaseRefusal> refusals, int requested) {
        super("Nothing was reassigned: " + refusals.size() + " of " + requested + " application(s) were refused. "
                + refusals.stream().map(refusal -> refusal.reference() + ": " + refusal.reason())
                        .collect(Collectors.joining(" ")));
        this.refusals = List.copyOf(refusals);
        this.requested = requested;
    }

    public List<CaseRefusal> refusals() {
        return refusals;
    }

    /** How many applications the reassignment named. */
    public int requested() {
        return requested;
    }
}
