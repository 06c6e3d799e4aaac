package org.licensedesk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The process's shared mapper is one instance with the desk's configuration, the same as a mapper made afresh. */
class JsonMapperSharedTest {
    @Test
    void isOneMapperConfiguredAsEveryOther() throws Exception {
        Map<String, Object> value = Map.of("day", LocalDate.of(2026, 12, 7), "amount", new BigDecimal("1.50"));

        assertThat(JsonMapper.shared()).isSameAs(JsonMapper.shared());
        assertThat(JsonMapper.shared().writeValueAsString(value))
                .isEqualTo(JsonMapper.create().writeValueAsString(value))
                .contains("\"2026-12-07\"", "\"1.50\"");
    }
}
