package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.workflow.FirstCountersign;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ScreeningClearance;
import org.licensedesk.domain.workflow.WorkflowState;

/** {@code show REF}'s {@code countersign} object: the stage awaited and who signed (issue 13). */
class ShowCountersignTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);

    private static WorkflowState state(ApplicationStatus status, FirstCountersign first) {
        return new WorkflowState("EXP-2026-000701", RECEIVED, status, "li.na", "li.na", Recommendation.APPROVAL,
                true, null, 0, null, null, null, null, null, 4, "zhao.lei", null, ScreeningClearance.CLEAR, null,
                first);
    }

    private static ObjectNode show(WorkflowState state) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ShowCommand.countersign(json, state);
        return json;
    }

    @Test
    void aPendingApplicationAwaitsItsFirstCountersignature() {
        ObjectNode json = show(state(ApplicationStatus.PENDING_COUNTERSIGN, null));

        assertThat(json.get("countersign").get("stage").asText()).isEqualTo("FIRST");
        assertThat(json.get("countersign").get("recommendedBy").asText()).isEqualTo("li.na");
        assertThat(json.get("countersign").has("firstCountersignedBy")).isFalse();
    }

    @Test
    void afterTheFirstOfTwoItAwaitsTheSecondAndNamesTheFirstSigner() {
        ObjectNode json = show(state(ApplicationStatus.PENDING_COUNTERSIGN,
                new FirstCountersign("zhao.lei", ApplicationStatus.APPROVED)));

        assertThat(json.get("countersign").get("stage").asText()).isEqualTo("SECOND");
        assertThat(json.get("countersign").get("firstCountersignedBy").asText()).isEqualTo("zhao.lei");
        assertThat(json.get("countersign").get("firstDecision").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aDecisionByTwoKeepsTheFirstSignerAndAnOrdinaryOneHasNoCountersignObject() {
        ObjectNode byTwo = show(state(ApplicationStatus.APPROVED,
                new FirstCountersign("zhao.lei", ApplicationStatus.APPROVED)));
        assertThat(byTwo.get("countersign").get("stage").isNull()).isTrue();
        assertThat(byTwo.get("countersign").get("firstCountersignedBy").asText()).isEqualTo("zhao.lei");

        assertThat(show(state(ApplicationStatus.APPROVED, null)).has("countersign")).isFalse();
    }
}
