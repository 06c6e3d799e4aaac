package org.licensedesk.domain.workflow;

import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;

/**
 * Who may record a disposition on a screening hit: the application's assignee, while it is open, once per hit,
 * with a note a later reader can use. Pure: the screening service enforces it, the Screening tab asks it.
 */
public final class DispositionRules {

    /** Why this user may not record a disposition on the application now; empty when they may. */
    public Optional<String> refusal(User actor, WorkflowState state) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(state, "state");
        String ref = state.reference();
        if (!actor.active()) {
            return Optional.of("Your account (" + actor.username() + ") is deactivated, so you can no longer act on "
                    + "applications. Ask a supervisor if this is a mistake.");
        }
        if (!state.status().isOpen()) {
            return Optional.of(ref + " is already " + WorkflowRules.describe(state.status()) + "; its screening hits "
                    + "can no longer be disposed of.");
        }
        if (state.assignee() == null) {
            return Optional.of(ref + " has no assignee; claim it, or ask a supervisor to assign it, before you "
                    + "record a disposition on its screening hits.");
        }
        if (!state.isAssignee(actor.username())) {
            return Optional.of("Only the assignee (" + state.assignee() + ") may record a disposition on the "
                    + "screening hits of " + ref + ".");
        }
        return Optional.empty();
    }

    /** As above, and also why this hit may not get a disposition with this note. */
    public Optional<String> refusal(User actor, WorkflowState state, ScreeningHit hit, String note) {
        Optional<String> refusal = refusal(actor, state);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (hit.isDisposed()) {
            return Optional.of("This hit was already recorded as " + hit.disposition().verdict() + " by "
                    + hit.disposition().by() + "; a disposition is not changed, but you can add a note.");
        }
        if (note == null || note.strip().length() < WorkflowRules.MIN_NOTE_LENGTH) {
            return Optional.of("Write a note of at least " + WorkflowRules.MIN_NOTE_LENGTH + " characters saying why "
                    + hit.partyName() + " is or is not " + hit.listedName() + ".");
        }
        return Optional.empty();
    }
}
