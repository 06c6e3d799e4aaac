package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskZoneTest {
    @Test
    void beijingTimeUnlessTheBureauSaysOtherwise() {
        assertThat(DeskZone.configured(null, Map.of())).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(DeskZone.configured("", Map.of(DeskZone.VARIABLE, " "))).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(DeskZone.configured(null, Map.of(DeskZone.VARIABLE, "Europe/Berlin")))
                .isEqualTo(ZoneId.of("Europe/Berlin"));
        // The property is the more specific of the two: one run's choice over the workstation's.
        assertThat(DeskZone.configured("UTC", Map.of(DeskZone.VARIABLE, "Europe/Berlin"))).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aNameThatIsNoZoneIsRefusedWithWhatToUse() {
        assertThatThrownBy(() -> DeskZone.configured(null, Map.of(DeskZone.VARIABLE, "Beijing")))
                .hasMessage("The desk's time zone \"Beijing\" (from LICENSEDESK_ZONE) is not a zone name: use a "
                        + "region such as Asia/Shanghai or Europe/Berlin, or UTC.");
        assertThatThrownBy(() -> DeskZone.configured("\u001b[2J" + "x".repeat(200), Map.of()))
                .hasMessageStartingWith("The desk's time zone \"?[2Jxxx")
                .hasMessageContaining("…\" (from -Dlicensedesk.zone)");
    }
}
