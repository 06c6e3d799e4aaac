package org.licensedesk.ui.team;

import java.util.List;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.domain.User;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.team.TeamService;

/** The team service as the Team view uses it, behind an interface for the view model's tests. Called off the FX thread. */
public interface TeamBackend {

    List<ReviewerWorkload> workload();

    /** @param assignee username, or null for the applications nobody holds */
    List<TeamCase> openCases(String assignee);

    /**
     * @throws org.licensedesk.team.ReassignmentRefusedException listing every refused application; nothing changed
     * @throws org.licensedesk.domain.workflow.WorkflowRefusedException when the reassignment as a whole is refused
     */
    void reassign(User supervisor, List<TeamCase> cases, String target, String note);

    static TeamBackend of(TeamService team) {
        return new TeamBackend() {
            @Override
            public List<ReviewerWorkload> workload() {
                return team.workload();
            }

            @Override
            public List<TeamCase> openCases(String assignee) {
                return team.openCases(assignee);
            }

            @Override
            public void reassign(User supervisor, List<TeamCase> cases, String target, String note) {
                team.reassign(supervisor, cases, target, note);
            }
        };
    }
}
