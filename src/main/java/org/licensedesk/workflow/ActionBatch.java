package org.licensedesk.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.WorkflowState;

/**
 * What one run of actions in one transaction has read and written so far. Later actions on the same application use
 * the state the run wrote (its row is locked by the run, so it is what the database holds) and the entries it has
 * yet to append; the entries are sealed into the chain together when the run ends. The row of an application is
 * written once for all of the run's actions on it (see {@link #unstored}), not once per action.
 */
final class ActionBatch {
    private final Map<String, Optional<User>> users = new HashMap<>();
    private final Map<String, WorkflowState> written = new HashMap<>();
    private final List<AuditDraft> drafts = new ArrayList<>();
    private final List<WorkflowState> draftStates = new ArrayList<>();
    private final Map<String, Map<AuditAction, String>> draftDetails = new HashMap<>();
    private final Map<String, Unstored> unstored = new LinkedHashMap<>();
    private final Map<String, Long> storedVersions = new HashMap<>();

    /** A state the run has yet to write over the row, which the database holds at {@code storedVersion}. */
    record Unstored(WorkflowState state, long storedVersion) {
    }

    /** A user as read earlier in the run, or null when not read yet. */
    Optional<User> user(String username) {
        return users.get(username);
    }

    void rememberUser(String username, Optional<User> user) {
        users.put(username, user);
    }

    /** The state this run last wrote for the application, or null when it has not written one. */
    WorkflowState written(String reference) {
        return written.get(reference);
    }

    /** The version the application's row has in the database: as this run first read it, or last wrote it. */
    void rememberStored(String reference, long version) {
        storedVersions.put(reference, version);
    }

    /**
     * Records a performed action: its new state, still to be written over the row (at the version remembered by
     * {@link #rememberStored}), and the entry to append.
     */
    void record(WorkflowState changed, AuditDraft draft) {
        Long storedVersion = storedVersions.get(changed.reference());
        if (storedVersion == null) {
            throw new IllegalStateException("The run has not read " + changed.reference() + " before changing it");
        }
        written.put(changed.reference(), changed);
        unstored.put(changed.reference(), new Unstored(changed, storedVersion));
        drafts.add(draft);
        draftStates.add(changed);
        draftDetails.computeIfAbsent(draft.applicationRef(), ref -> new EnumMap<>(AuditAction.class))
                .put(draft.action(), draft.detailsJson());
    }

    /**
     * The details of the application's latest entry of an action recorded by this run: the newest, since entries
     * are appended in the order they were recorded; null when the run recorded none.
     */
    String latestDetails(String reference, AuditAction action) {
        Map<AuditAction, String> details = draftDetails.get(reference);
        return details == null ? null : details.get(action);
    }

    /** Takes the state still to be written for the application, or null when the row is up to date. */
    Unstored takeUnstored(String reference) {
        return unstored.remove(reference);
    }

    /** Takes every state still to be written, in the order the applications were first changed. */
    List<Unstored> takeAllUnstored() {
        List<Unstored> all = new ArrayList<>(unstored.values());
        unstored.clear();
        return all;
    }

    List<AuditDraft> drafts() {
        return drafts;
    }

    /** The state each draft's action left, in the order of {@link #drafts()}. */
    List<WorkflowState> draftStates() {
        return draftStates;
    }
}
