package org.licensedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingDayTallyTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        WorkingDayTally tally = new WorkingDayTally();
        tally.add(30, 1);
        tally.add(5, 2);
        tally.add(12, 2);

        // 5 5 12 12 30
        assertThat(tally.median()).hasValue(12);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        WorkingDayTally tally = new WorkingDayTally();
        tally.add(5, 1);
        tally.add(12, 1);
        tally.add(7, 1);
        tally.add(40, 1);

        // 5 7 12 40
        assertThat(tally.median()).hasValue(9.5);
        assertThat(tally.total()).isEqualTo(4);
    }

    @Test
    void medianOfAnEvenCountWithinOneValueIsThatValue() {
        WorkingDayTally tally = new WorkingDayTally();
        tally.add(3, 1);
        tally.add(8, 2);
        tally.add(20, 1);

        assertThat(tally.median()).hasValue(8);
    }

    @Test
    void nothingCountedHasNoMedian() {
        assertThat(new WorkingDayTally().median()).isEmpty();
    }
}
