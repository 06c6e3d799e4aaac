package org.licensedesk.domain.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;

/**
 * Who may record a disposition on a screening hit: the application's assignee, while it is open, once per hit,
 * with a note a later reader can use. A disposition is one party's: the party's role and name as screened and the
 * listed entry (issue 13), so two end users hitting one entry each need their own. Pure: the screening service
 * enforces it, the Screening tab asks it.
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

    /**
     * The hit a disposition is asked for: the party of {@code role} named {@code partyName} against the entry
     * {@code entryKey}. Without a name the role must be enough: when several parties of that role hit the entry, the
     * disposition is refused naming them, as it would otherwise be given for one of them at random.
     *
     * @throws DispositionRefusedException when no such hit is among {@code hits}, or the role is ambiguous
     */
    public ScreeningHit hitToDispose(List<ScreeningHit> hits, String reference, ScreenedParty role, String partyName,
                                     String entryKey) {
        List<ScreeningHit> onEntry = hits.stream()
                .filter(hit -> hit.party() == role && hit.entryKey().equals(entryKey))
                .toList();
        if (onEntry.isEmpty()) {
            throw new DispositionRefusedException("This hit is no longer on " + reference + ": it was screened again "
                    + "since you opened it. Reload it and look at its hits again.");
        }
        if (partyName != null) {
            return onEntry.stream().filter(hit -> hit.partyName().equals(partyName)).findFirst().orElseThrow(
                    () -> new DispositionRefusedException(partyName + " has no hit on " + onEntry.get(0).listedName()
                            + " as " + roleWord(role) + " of " + reference + "; in that role it hits "
                            + names(onEntry) + ". Name one of them as screened."));
        }
        List<String> names = onEntry.stream().map(ScreeningHit::partyName).distinct().toList();
        if (names.size() > 1) {
            throw new DispositionRefusedException(names.size() + " parties hit " + onEntry.get(0).listedName()
                    + " as " + roleWord(role) + " of " + reference + ": " + String.join("; ", names) + ". A disposition "
                    + "is one party's verdict: name the party it is for, and record one for each of the others.");
        }
        return onEntry.get(0);
    }

    /** The other parties (any role) with a hit on the same listed entry as {@code hit}: its verdict is not theirs. */
    public static List<ScreeningHit> othersOnEntry(List<ScreeningHit> hits, ScreeningHit hit) {
        return hits.stream()
                .filter(other -> other.entryKey().equals(hit.entryKey())
                        && !(other.party() == hit.party() && other.partyName().equals(hit.partyName())))
                .toList();
    }

    private static String names(List<ScreeningHit> hits) {
        return String.join("; ", hits.stream().map(ScreeningHit::partyName).distinct().toList());
    }

    private static String roleWord(ScreenedParty role) {
        return switch (role) {
            case APPLICANT -> "the applicant";
            case CONSIGNEE -> "a consignee";
            case END_USER -> "an end user";
        };
    }
}
