package org.licensedesk.ui.workflow;

import org.licensedesk.domain.AuditAction;

/** Node ids and icons of the workflow actions, named once for the buttons, the menu and the tests. */
public final class ActionIds {
    private ActionIds() {
    }

    /** "actionClaim", "actionRecommendApproval": the id of the action's button; menu items add "Menu". */
    public static String of(AuditAction action) {
        return "action" + switch (action) {
            case CLAIMED -> "Claim";
            case ASSIGNED -> "Assign";
            case INFO_REQUESTED -> "RequestInfo";
            case INFO_RECEIVED -> "ReceiveInfo";
            case ASSESSED -> "Assess";
            case RECOMMENDED_APPROVAL -> "RecommendApproval";
            case RECOMMENDED_DENIAL -> "RecommendDenial";
            case RETURNED_WITHOUT_ACTION -> "ReturnWithoutAction";
            case SENT_BACK -> "SendBack";
            case APPROVED -> "Approve";
            case DENIED -> "Deny";
            case WITHDRAWN -> "Withdraw";
            case NOTE_ADDED -> "AddNote";
            case CLOCK_STOPPED -> "StopClock";
            case CLOCK_RESUMED -> "ResumeClock";
            default -> throw new IllegalArgumentException(action + " is not a workflow command");
        };
    }

    static String icon(AuditAction action) {
        return switch (action) {
            case CLAIMED -> "mdi2h-hand-back-right";
            case ASSIGNED -> "mdi2a-account-arrow-right";
            case INFO_REQUESTED -> "mdi2m-message-question";
            case INFO_RECEIVED -> "mdi2m-message-reply-text";
            case ASSESSED -> "mdi2c-clipboard-check";
            case RECOMMENDED_APPROVAL -> "mdi2t-thumb-up";
            case RECOMMENDED_DENIAL -> "mdi2t-thumb-down";
            case RETURNED_WITHOUT_ACTION -> "mdi2f-file-undo";
            case SENT_BACK -> "mdi2u-undo";
            case APPROVED -> "mdi2c-check-decagram";
            case DENIED -> "mdi2c-close-octagon";
            case WITHDRAWN -> "mdi2c-cancel";
            case NOTE_ADDED -> "mdi2n-note-plus";
            case CLOCK_STOPPED -> "mdi2t-timer-pause";
            case CLOCK_RESUMED -> "mdi2t-timer-play";
            default -> "mdi2c-circle-medium";
        };
    }
}
