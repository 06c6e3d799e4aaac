package org.licensedesk.ui.flags;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Tools → Flag rules… through the real window on the demo database: the default rules are listed, a malformed rule is
 * explained under the form and not stored, a good one is added (and audited), the selected one changed and removed.
 */
class FlagRulesWindowTest extends DemoWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @Test
    void aSupervisorAddsChangesAndRemovesARuleAndAMalformedOneIsExplained(FxRobot robot) throws Exception {
        desk.menu("menu.tools", "flagRules.menu");
        desk.waitUntil(() -> robot.lookup("#flagRules").tryQuery().isPresent() && rules(robot).getItems().size() == 4);
        assertThat(rules(robot).getItems()).extracting(FlagRule::kind).containsExactly(FlagRuleKind.LIST_HIT,
                FlagRuleKind.LIST_HIT, FlagRuleKind.GENERAL_LICENCE, FlagRuleKind.DESTINATION);

        robot.interact(() -> kind(robot).setValue(FlagRuleKind.DESTINATION));
        robot.clickOn("#flagRuleParameter").write("Germany");
        robot.clickOn("#flagRuleReason").write("Bureau instruction 9: exports to Germany");
        robot.clickOn("#flagRuleAdd");
        desk.waitUntil(() -> !robot.lookup("#flagRuleProblem").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#flagRuleProblem").queryLabeled().getText())
                .isEqualTo("A destination rule needs a two-letter ISO 3166-1 country code such as JP; \"Germany\" is "
                        + "not one.");
        assertThat(services.flags().rules()).hasSize(4);

        robot.doubleClickOn("#flagRuleParameter").eraseText(7).write("DE");
        robot.clickOn("#flagRuleAdd");
        desk.waitUntil(() -> rules(robot).getItems().size() == 5);
        assertThat(robot.lookup("#flagRuleProblem").queryLabeled().isVisible()).isFalse();
        FlagRule added = services.flags().rules().get(4);
        assertThat(added.parameter()).isEqualTo("DE");
        assertThat(added.reason()).isEqualTo("Bureau instruction 9: exports to Germany");

        robot.interact(() -> rules(robot).getSelectionModel().select(4));
        robot.clickOn("#flagRuleBlocking");
        robot.clickOn("#flagRuleSave");
        desk.waitUntil(() -> services.flags().rules().get(4).blocking());
        assertThat(kind(robot).isDisabled()).isTrue();

        robot.interact(() -> rules(robot).getSelectionModel().select(4));
        robot.clickOn("#flagRuleRemove");
        desk.waitUntil(() -> rules(robot).getItems().size() == 4);
        assertThat(services.flags().rules()).extracting(FlagRule::id).doesNotContain(added.id());
    }

    private static TableView<FlagRule> rules(FxRobot robot) {
        return robot.lookup("#flagRules").queryTableView();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<FlagRuleKind> kind(FxRobot robot) {
        return (ComboBox<FlagRuleKind>) robot.lookup("#flagRuleKind").query();
    }
}
