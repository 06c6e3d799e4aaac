package org.licensedesk.ui.team;

import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.Messages;

/** How the Team view names a workload line: "Wang Fang (wang.fang)", marked when deactivated, or "Unassigned". */
final class ReviewerNames {
    private final Messages messages;

    ReviewerNames(Messages messages) {
        this.messages = messages;
    }

    String of(ReviewerWorkload line) {
        if (line == null || line.isUnassigned()) {
            return messages.get("team.unassigned");
        }
        String name = messages.format("team.reviewer", line.displayName(), line.username());
        return line.active() ? name : messages.format("team.reviewer.deactivated", name);
    }
}
