package org.licensedesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/** Which decisions take a second countersignature, and who may give it (issue 13): the pure rules. */
class CountersignRulesTest {
    private static final BigDecimal SMALL = new BigDecimal("518750.00");
    private static final BigDecimal THRESHOLD = CountersignRules.DEFAULT_VALUE_THRESHOLD_USD;
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);

    @Test
    void eachRuleAloneAsksForASecondCountersignatureAndNoneAsksForNone() {
        assertThat(CountersignRules.reason(true, LicenceType.SINGLE, false, false, SMALL, THRESHOLD)).isEmpty();
        assertThat(CountersignRules.reason(false, LicenceType.SINGLE, false, false, SMALL, THRESHOLD)).isEmpty();
        assertThat(CountersignRules.reason(true, LicenceType.GENERAL, false, false, SMALL, THRESHOLD))
                .hasValue("it grants a general licence (Regulations Art. 15)");
        assertThat(CountersignRules.reason(false, LicenceType.GENERAL, false, false, SMALL, THRESHOLD))
                .as("denying a general licence application grants nothing").isEmpty();
        assertThat(CountersignRules.reason(true, LicenceType.SINGLE, true, false, SMALL, THRESHOLD))
                .hasValue("a party is on MOFCOM's watch list (Regulations Art. 26)");
        assertThat(CountersignRules.reason(false, LicenceType.SINGLE, false, true, SMALL, THRESHOLD))
                .hasValue("it goes against the recommendation");
        assertThat(CountersignRules.reason(true, LicenceType.SINGLE, false, false, new BigDecimal("1000000.00"),
                THRESHOLD)).as("the threshold itself is not above it").isEmpty();
        assertThat(CountersignRules.reason(true, LicenceType.SINGLE, false, false, new BigDecimal("1000000.01"),
                THRESHOLD)).hasValue("the application is worth more than US$1,000,000");
    }

    @Test
    void theValueRuleFollowsTheBureausThresholdAndNamesIt() {
        BigDecimal quarterMillion = new BigDecimal("250000");
        assertThat(CountersignRules.reason(true, LicenceType.SINGLE, false, false, SMALL, quarterMillion))
                .hasValue("the application is worth more than US$250,000");
        assertThat(CountersignRules.reason(true, LicenceType.SINGLE, false, false, SMALL, new BigDecimal("600000")))
                .isEmpty();
        assertThat(CountersignRules.usd(new BigDecimal("250000.50"))).isEqualTo("US$250,000.50");
        assertThat(CountersignRules.usd(new BigDecimal("1E+6"))).isEqualTo("US$1,000,000");
    }

    @Test
    void aSupervisorWhoRecommendedMayGiveNeitherCountersignature() {
        // A recommendation on record by someone who is a supervisor now (promoted since, or imported history).
        WorkflowState pending = state("zhang.min", new FirstCountersign("zhao.lei", ApplicationStatus.APPROVED));

        assertThat(new WorkflowRules().refusal(ZHANG_MIN, pending, AuditAction.APPROVED))
                .hasValue("You recommended this application; another supervisor must countersign it.");
        assertThat(new WorkflowRules().refusal(ZHAO_LEI, pending, AuditAction.APPROVED))
                .hasValueSatisfying(refusal -> assertThat(refusal).startsWith("You gave the first countersignature"));
        assertThat(new WorkflowRules().refusal(new User("wu.gang", "Wu Gang", UserRole.SUPERVISOR, true), pending,
                AuditAction.APPROVED)).isEmpty();
    }

    private static WorkflowState state(String recommendedBy, FirstCountersign first) {
        return new WorkflowState("EXP-2026-000801", LocalDate.of(2026, 11, 30), ApplicationStatus.PENDING_COUNTERSIGN,
                "li.na", recommendedBy, Recommendation.APPROVAL, true, null, 0, null, null, null, null, null, 4,
                "zhao.lei", null, ScreeningClearance.CLEAR, null, first);
    }
}
