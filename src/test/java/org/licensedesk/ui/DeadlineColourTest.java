package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.licensedesk.domain.Deadline;
import org.junit.jupiter.api.Test;

/** Issue 12: red is for open applications past their deadline; a decided application is never red or amber. */
class DeadlineColourTest {
    private static final Deadline PASSED = new Deadline(LocalDate.of(2026, 3, 2), -12, false);
    private static final Deadline NEAR = new Deadline(LocalDate.of(2026, 3, 20), 3, false);
    private static final Deadline FAR = new Deadline(LocalDate.of(2026, 6, 1), 40, false);

    @Test
    void anOpenApplicationPastItsDeadlineIsRedAndOneNearItAmber() {
        assertThat(UiStyles.deadline(PASSED, true)).isEqualTo(UiStyles.DEADLINE_PASSED);
        assertThat(UiStyles.deadline(NEAR, true)).isEqualTo(UiStyles.DEADLINE_NEAR);
        assertThat(UiStyles.deadline(FAR, true)).isEqualTo(UiStyles.DEADLINE_NORMAL);
    }

    @Test
    void aDecidedApplicationIsNeverRedNorAmber() {
        assertThat(UiStyles.deadline(PASSED, false)).isEqualTo(UiStyles.DEADLINE_NORMAL);
        assertThat(UiStyles.deadline(NEAR, false)).isEqualTo(UiStyles.DEADLINE_NORMAL);
    }
}
