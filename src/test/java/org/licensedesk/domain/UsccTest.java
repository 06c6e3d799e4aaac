package org.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91440300708461136T", "91110000100001342C"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(Uscc.problem(code)).isEmpty();
    }

    @Test
    void computesTheCheckCharacterByHand() {
        // 91350100M000100Y4 has values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4; times the weights
        // 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 that is 9+3+27+135+26+420+8+900+112 = 1640;
        // 1640 mod 31 = 28 and 31 - 28 = 3.
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void checkCharacterRoundTripsToAValidCode() {
        for (String first17 : new String[] {"91110000100001342", "12100000400000716", "Y1000000000000000",
                "00000000000000000", "91310115MA1K3XYY0"}) {
            String code = first17 + Uscc.checkCharacter(first17);
            assertThat(Uscc.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void checkCharacterCanBeALetter() {
        assertThat(Uscc.checkCharacter("91110000100001342")).isEqualTo('C');
        assertThat(Uscc.checkCharacter("91440300708461136")).isEqualTo('T');
    }

    @Test
    void wellKnownLookingCodeWithWrongCheckDigitIsRefused() {
        // 911100001000013425 is often quoted as an example but its check character is C, not 5.
        assertThat(Uscc.isValid("911100001000013425")).isFalse();
        assertThat(Uscc.problem("911100001000013425")).contains(
                "The USCC check digit should be C, not 5 (is a character mistyped?).");
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
        assertThat(Uscc.problem("91350100M000100Y44")).get().asString().contains("should be 3");
    }

    @Test
    void swappedCharactersAreCaught() {
        assertThat(Uscc.isValid("91351000M000100Y43")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
    void wrongLengthIsRefused(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
        assertThat(Uscc.problem(code)).get().asString().contains("18 characters");
    }

    @Test
    void wrongLengthNamesTheLength() {
        assertThat(Uscc.problem("91350100M000100Y4")).contains(
                "The USCC must have 18 characters, but '91350100M000100Y4' has 17.");
    }

    @Test
    void nullIsNotValid() {
        assertThat(Uscc.isValid(null)).isFalse();
        assertThat(Uscc.problem(null)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void forbiddenLettersAreRefusedWithTheirPosition(char letter) {
        String code = "9135" + letter + "100M000100Y43";
        assertThat(Uscc.isValid(code)).isFalse();
        assertThat(Uscc.problem(code)).get().asString()
                .contains("invalid character '" + letter + "' at position 5")
                .contains("never used");
    }

    @Test
    void lowerCaseIsRefusedWithAHint() {
        assertThat(Uscc.problem("91350100m000100Y43")).get().asString()
                .contains("invalid character 'm' at position 9")
                .contains("upper case");
    }

    @Test
    void spacesAreShownByCodePoint() {
        assertThat(Uscc.problem("91350100 000100Y43")).get().asString()
                .contains("invalid character U+0020 at position 9");
    }

    @Test
    void checkCharacterRefusesBadInput() {
        assertThatThrownBy(() -> Uscc.checkCharacter("9135010"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17");
        assertThatThrownBy(() -> Uscc.checkCharacter("91350100M000100Y43"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uscc.checkCharacter("9135O100M000100Y4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'O' at position 5");
    }
}
