package org.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownTextTest {
    @Test
    void shortValuesAreQuotedWhole() {
        assertThat(ShownText.quoted("EXP-2026-004211")).isEqualTo("\"EXP-2026-004211\"");
        assertThat(ShownText.quoted("赣州鸿泰")).isEqualTo("\"赣州鸿泰\"");
    }

    @Test
    void controlFormatAndLineCharactersAreEscapedSoTheyCannotDriveATerminal() {
        assertThat(ShownText.quoted("EXP-2026-NL\n")).isEqualTo("\"EXP-2026-NL\\n\"");
        assertThat(ShownText.escaped("\u001B[2J\u001B[31mname")).isEqualTo("\\u001B[2J\\u001B[31mname");
        assertThat(ShownText.escaped("a\u202Eb\u200Bc\u0000d\u2028e")).isEqualTo("a\\u202Eb\\u200Bc\\u0000d\\u2028e");
        assertThat(ShownText.escaped("\uD83D\uDE00 \uD83D")).isEqualTo("\uD83D\uDE00 \\uD83D");
    }

    @Test
    void longValuesAreCutToAHundredCharactersAndSaySo() {
        String huge = "A".repeat(1_000_000);

        String shown = ShownText.quoted(huge);

        assertThat(shown).isEqualTo("\"" + "A".repeat(100) + "…\" (1,000,000 characters)");
        assertThat(ShownText.shown(huge)).hasSize(101);
    }
}
