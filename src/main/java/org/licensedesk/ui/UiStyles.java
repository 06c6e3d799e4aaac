package org.licensedesk.ui;

import java.util.List;
import org.licensedesk.domain.Deadline;

/** Style classes of {@code licensedesk.css}, named once so code and stylesheet cannot drift apart. */
public final class UiStyles {
    /** A queue row filed without an end-user certificate. */
    public static final String INCOMPLETE = "incomplete";

    public static final String STYLESHEET = "/org/licensedesk/ui/licensedesk.css";

    public static final String DEADLINE_NORMAL = "deadline-normal";
    public static final String DEADLINE_NEAR = "deadline-near";
    public static final String DEADLINE_PASSED = "deadline-passed";
    /** All three, for removing the old one before adding the new one. */
    public static final List<String> DEADLINE_CLASSES = List.of(DEADLINE_NORMAL, DEADLINE_NEAR, DEADLINE_PASSED);

    public static final String NUMERIC = "numeric";
    public static final String REFERENCE = "reference";
    /** A table cell whose column fits its longest text: never shown cut (the truncation check reads it). */
    public static final String NEVER_CUT = "never-cut";
    /** A long text in a table cell that wraps onto more lines rather than being cut (the queue's applicant). */
    public static final String WRAPPED_CELL_TEXT = "wrapped-cell-text";
    public static final String COPYABLE = "copyable";
    public static final String MUTED = "muted";
    /** regime: the status bar's warning that next year's working-day calendar is missing. */
    public static final String CALENDAR_WARNING = "calendar-warning";
    /** The red line above the queue: the audit chain does not extend the head this workstation saw last. */
    public static final String WORKSTATION_HEAD_WARNING = "workstation-head-warning";
    public static final String TOOLBAR = "queue-toolbar";
    /** The row of inbox buttons above the queue's toolbar, and each of them. */
    public static final String INBOXES = "queue-inboxes";
    public static final String INBOX = "queue-inbox";
    /** Under the queue's toolbar while a long queue is read page by page ("Searching…" while the database looks). */
    public static final String QUEUE_NOTICE = "queue-notice";
    /** The status bar's confirmation of the last action, and its copy button. */
    public static final String CONFIRMATION = "status-confirmation";
    public static final String STATUS_CHIP = "status-chip";
    public static final String STATUS_OPEN = "status-open";
    public static final String STATUS_FINAL = "status-final";
    public static final String DETAILS_HEADER = "details-header";
    /** The details' tabs: tighter headers, so all six fit beside the queue. */
    public static final String DETAILS_TABS = "details-tabs";
    public static final String DETAILS_TITLE = "details-title";
    public static final String EMPTY_STATE = "empty-state";
    public static final String FORM_SECTION = "form-section";
    public static final String FORM_LABEL = "form-label";
    public static final String FORM_GRID = "form-grid";
    public static final String TOTALS = "totals";
    public static final String DIALOG_HEADLINE = "dialog-headline";
    public static final String STATUS_DATABASE = "status-database";
    public static final String STATUS_USER = "status-user";
    public static final String ERROR_TEXT = "error-text";
    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_TITLE = "sign-in-title";
    public static final String SIGN_IN_FORM = "sign-in-form";
    public static final String SIGN_IN_DATABASE = "sign-in-database";
    public static final String ACTIONS_BAR = "actions-bar";
    public static final String WORKFLOW_FACTS = "workflow-facts";
    public static final String ACTION_DIALOG = "action-dialog";
    public static final String ACTION_FORM = "action-form";
    /** The form of a licence action (shipment, suspension, amendment, appeal). */
    public static final String LICENCE_FORM = "licence-form";
    /** The row of a licence's actions, and its status line. */
    public static final String LICENCE_ACTIONS = "licence-actions";
    public static final String LICENCE_ACTIONS_STATUS = "licence-actions-status";
    public static final String FACTOR_GRID = "factor-grid";
    public static final String RECOMMENDATION = "recommendation";
    public static final String HINT_OK = "hint-ok";
    public static final String HINT_MISSING = "hint-missing";
    public static final String HISTORY_NOTE = "history-note";
    public static final String EDGE_TO_EDGE = "edge-to-edge";
    /** A dashboard chart: its own background, so a saved PNG reads in either theme. */
    public static final String DASHBOARD_CHART = "dashboard-chart";
    public static final String DASHBOARD_PANEL = "dashboard-panel";
    /** Outcome colours: approved, denied, returned, withdrawn. */
    public static final String DASHBOARD_OUTCOMES = "dashboard-outcomes";
    /** Within the deadline and late. */
    public static final String DASHBOARD_DEADLINE = "dashboard-deadline";
    /** The audit trail's integrity indicator in the status bar, and its states. */
    public static final String INTEGRITY = "integrity";
    public static final String INTEGRITY_PENDING = "integrity-pending";
    public static final String INTEGRITY_VERIFIED = "integrity-verified";
    public static final String INTEGRITY_BROKEN = "integrity-broken";
    public static final List<String> INTEGRITY_CLASSES = List.of(INTEGRITY_PENDING, INTEGRITY_VERIFIED,
            INTEGRITY_BROKEN);
    /** A related application that was denied. */
    public static final String RELATED_DENIED = "related-denied";
    public static final String SCREENING_FLAG = "screening-flag";
    /** The queue's risk-flag column (issue 13): a narrow cell holding one icon. */
    public static final String QUEUE_FLAG_CELL = "queue-flag-cell";
    /** The details' list of risk flags, one box per flag, a cleared one muted. */
    public static final String FLAGS_SECTION = "flags-section";
    public static final String FLAG_ENTRY = "flag-entry";
    public static final String FLAG_CLEARED = "flag-cleared";
    public static final String SCREENING_TRUE_MATCH = "screening-true-match";
    public static final String HISTORY_FILTER_BAR = "history-filter-bar";
    /** The assessment pane docked beside the details, its parts and its rating picker. */
    public static final String ASSESSMENT_PANE = "assessment-pane";
    public static final String ASSESSMENT_FACTOR = "assessment-factor";
    public static final String ASSESSMENT_TITLE = "assessment-title";
    public static final String ASSESSMENT_ASKING = "assessment-asking";
    public static final String ASSESSMENT_KEYS = "assessment-keys";
    public static final String RATING_PICKER = "rating-picker";
    /** A problem shown beside its field. */
    public static final String FIELD_PROBLEM = "field-problem";
    /** The command palette (Ctrl+K) and the shortcut shown beside each of its commands. */
    public static final String COMMAND_PALETTE = "command-palette";
    public static final String PALETTE_SHORTCUT = "palette-shortcut";
    /** A warning inside a form, such as screening hits without a disposition in the Approve dialog. */
    public static final String FORM_WARNING = "form-warning";
    /** A SHA-256 shown in full, in a fixed-width font so its digits can be compared. */
    public static final String FINGERPRINT = "fingerprint";
    /** A table whose column headers wrap to a second line instead of being cut. */
    public static final String WRAPPED_HEADERS = "wrapped-headers";

    private UiStyles() {
    }

    /** The colour class for a deadline: red once passed, amber when near, plain otherwise. */
    public static String deadline(Deadline deadline) {
        if (deadline.isPassed()) {
            return DEADLINE_PASSED;
        }
        return deadline.isNear() ? DEADLINE_NEAR : DEADLINE_NORMAL;
    }

    /**
     * The colour class for the deadline of an application: a decided (or withdrawn) application is never red or
     * amber, its deadline no longer calls for anything; red is for open applications past their deadline.
     */
    public static String deadline(Deadline deadline, boolean open) {
        return open ? deadline(deadline) : DEADLINE_NORMAL;
    }
}
