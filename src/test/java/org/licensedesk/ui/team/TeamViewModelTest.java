package org.licensedesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.team.CaseRefusal;
import org.licensedesk.team.ReassignmentRefusedException;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** The Team view's state without a toolkit: the chosen line's cases, reassignment and how refusals are told. */
class TeamViewModelTest {
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final Deadline DEADLINE = new Deadline(LocalDate.of(2026, 12, 20), 15, false);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<ReassignForm> forms = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> reassigned = new ArrayList<>();
    private final Map<String, List<TeamCase>> held = new HashMap<>();
    private RuntimeException refusal;

    private final TeamBackend backend = new TeamBackend() {
        @Override
        public List<ReviewerWorkload> workload() {
            return List.of(line(null, "", true), line("li.na", "Li Na", true), line("chen.jie", "Chen Jie", false),
                    line("wang.fang", "Wang Fang", true));
        }

        @Override
        public List<TeamCase> openCases(String assignee) {
            return held.getOrDefault(String.valueOf(assignee), List.of());
        }

        @Override
        public void reassign(User supervisor, List<TeamCase> cases, String target, String note) {
            if (refusal != null) {
                throw refusal;
            }
            for (TeamCase moved : cases) {
                reassigned.add(moved.reference() + " to " + target + " by " + supervisor.username() + ": " + note);
                held.get(moved.assignee()).remove(moved);
                held.computeIfAbsent(target, key -> new ArrayList<>()).add(moved);
            }
        }
    };

    private final TeamViewModel viewModel = new TeamViewModel(backend, ZHAO_LEI, new CurrentThreadTaskExecutor(),
            dialogs, messages, forms::add, opened::add);

    private ReviewerWorkload line(String username, String name, boolean active) {
        Map<ApplicationStatus, Integer> open = new EnumMap<>(ApplicationStatus.class);
        open.put(ApplicationStatus.UNDER_REVIEW, held.getOrDefault(String.valueOf(username), List.of()).size());
        return new ReviewerWorkload(username, username == null ? null : name, active, open, 0, 0, 0);
    }

    private void hold(String assignee, String... references) {
        List<TeamCase> cases = new ArrayList<>();
        for (String reference : references) {
            cases.add(new TeamCase(reference, "Ganzhou Rare Earth", ApplicationStatus.UNDER_REVIEW, assignee, DEADLINE,
                    3));
        }
        held.put(assignee, cases);
    }

    @Test
    void reloadChoosesTheFirstLineAndListsItsCases() {
        hold("null", "EXP-2026-000001");
        hold("li.na", "EXP-2026-000002", "EXP-2026-000003");

        viewModel.reload();

        assertThat(viewModel.linesProperty().get()).hasSize(4);
        assertThat(viewModel.selectedLineProperty().get().isUnassigned()).isTrue();
        assertThat(viewModel.casesProperty().get()).extracting(TeamCase::reference).containsExactly("EXP-2026-000001");
        assertThat(viewModel.casesTitle().get()).isEqualTo("Open applications of Unassigned: 1");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void choosingAReviewerListsTheirCasesAndAReloadKeepsTheChoice() {
        hold("li.na", "EXP-2026-000002", "EXP-2026-000003");
        viewModel.reload();

        viewModel.selectedLineProperty().set(viewModel.linesProperty().get().get(1));
        viewModel.reload();

        assertThat(viewModel.selectedLineProperty().get().username()).isEqualTo("li.na");
        assertThat(viewModel.casesProperty().get()).hasSize(2);
        assertThat(viewModel.casesTitle().get()).isEqualTo("Open applications of Li Na (li.na): 2");
    }

    @Test
    void theReassignDialogOffersTheOtherActiveReviewersAndMovesTheCasesWithTheNote() {
        hold("li.na", "EXP-2026-000002", "EXP-2026-000003", "EXP-2026-000004");
        viewModel.reload();
        viewModel.selectedLineProperty().set(viewModel.linesProperty().get().get(1));
        List<TeamCase> chosen = viewModel.casesProperty().get().subList(0, 2);

        viewModel.startReassign(chosen);
        ReassignForm form = forms.get(0);
        assertThat(form.targets()).extracting(ReviewerWorkload::username).containsExactly("wang.fang");
        assertThat(form.canSubmit().get()).isFalse();
        form.targetProperty().set(form.targets().get(0));
        form.noteProperty().set("short");
        assertThat(form.canSubmit().get()).as("a note of fewer than 10 characters").isFalse();
        form.noteProperty().set("Li Na is on leave until April.");
        form.submit();

        assertThat(reassigned).containsExactly(
                "EXP-2026-000002 to wang.fang by zhao.lei: Li Na is on leave until April.",
                "EXP-2026-000003 to wang.fang by zhao.lei: Li Na is on leave until April.");
        assertThat(form.closedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Reassigned 2 application(s) to Wang Fang (wang.fang).");
        assertThat(viewModel.linesProperty().get().get(1).open()).as("counts reloaded").isEqualTo(1);
        assertThat(viewModel.casesProperty().get()).extracting(TeamCase::reference).containsExactly("EXP-2026-000004");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRefusedReassignmentListsEveryRefusalAndKeepsTheDialogOpen() {
        hold("li.na", "EXP-2026-000002", "EXP-2026-000003");
        viewModel.reload();
        viewModel.selectedLineProperty().set(viewModel.linesProperty().get().get(1));
        refusal = new ReassignmentRefusedException(List.of(
                new CaseRefusal("EXP-2026-000002", "EXP-2026-000002 was changed by li.na at 10:02 on 2026-11-29."),
                new CaseRefusal("EXP-2026-000003", "EXP-2026-000003 is already approved.")), 2);

        viewModel.startReassign(viewModel.casesProperty().get());
        ReassignForm form = forms.get(0);
        form.targetProperty().set(form.targets().get(0));
        form.noteProperty().set("Li Na is on leave until April.");
        form.submit();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Nothing was reassigned");
            assertThat(error.message()).startsWith("2 of 2 application(s) were refused, so none was reassigned:")
                    .contains("• EXP-2026-000002: EXP-2026-000002 was changed by li.na")
                    .contains("• EXP-2026-000003: EXP-2026-000003 is already approved.");
        });
        assertThat(form.closedProperty().get()).isFalse();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.noteProperty().get()).isEqualTo("Li Na is on leave until April.");
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void aRefusalOfTheWholeReassignmentIsToldAsItStands() {
        hold("li.na", "EXP-2026-000002");
        viewModel.reload();
        viewModel.selectedLineProperty().set(viewModel.linesProperty().get().get(1));
        refusal = new WorkflowRefusedException("There is no user wang.fang; choose a reviewer from the list.");

        viewModel.startReassign(viewModel.casesProperty().get());
        forms.get(0).targetProperty().set(forms.get(0).targets().get(0));
        forms.get(0).noteProperty().set("Li Na is on leave until April.");
        forms.get(0).submit();

        assertThat(dialogs.errors).extracting(RecordingDialogService.Shown::message)
                .containsExactly("There is no user wang.fang; choose a reviewer from the list.");
    }

    @Test
    void nothingChosenOpensNoDialogAndOpeningACaseGoesToTheMainWindow() {
        hold("li.na", "EXP-2026-000002");
        viewModel.reload();

        viewModel.startReassign(List.of());
        viewModel.open(new TeamCase("EXP-2026-000002", "Ganzhou Rare Earth", ApplicationStatus.UNDER_REVIEW, "li.na",
                DEADLINE, 3));

        assertThat(forms).isEmpty();
        assertThat(opened).containsExactly("EXP-2026-000002");
    }
}
