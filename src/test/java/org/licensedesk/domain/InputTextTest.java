package org.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {
    @Test
    void invisibleCharactersInsideAWordAreRemovedWithoutSplittingIt() {
        assertThat(InputText.normalize("Ros\u200Bneft")).isEqualTo("Rosneft");
        assertThat(InputText.normalize("Ros\u0000neft")).isEqualTo("Rosneft");
        assertThat(InputText.normalize("Ros\u200Dne\u2060ft\uFEFF")).isEqualTo("Rosneft");
        assertThat(InputText.normalize("Ros\u00ADneft")).isEqualTo("Rosneft");
        assertThat(InputText.normalize("\u202Etfenso\u202C")).isEqualTo("tfenso");
        assertThat(InputText.normalize("\u001B[31mRed")).isEqualTo("[31mRed");
    }

    @Test
    void separatingControlsAndOtherSpacesBecomeOneKindOfSpace() {
        assertThat(InputText.normalize("TNK\tTrading\nSA")).isEqualTo("TNK Trading SA");
        assertThat(InputText.normalize("TNK\u3000Trading\u00A0SA\u2028")).isEqualTo("TNK Trading SA ");
    }

    @Test
    void fullWidthFormsFoldToAscii() {
        assertThat(InputText.normalize("\uFF34\uFF2E\uFF2B\uFF0D\uFF11\uFF12")).isEqualTo("TNK-12");
        assertThat(InputText.normalize("赣州鸿泰稀土")).isEqualTo("赣州鸿泰稀土");
    }

    @Test
    void textOfOnlyInvisibleCharactersOrSpacesHasNoVisibleContent() {
        assertThat(InputText.hasVisibleContent("\u0000\u0000")).isFalse();
        assertThat(InputText.hasVisibleContent("\u200B\u200B")).isFalse();
        assertThat(InputText.hasVisibleContent("\u3000\u3000")).isFalse();
        assertThat(InputText.hasVisibleContent(" \t\u202E ")).isFalse();
        assertThat(InputText.hasVisibleContent("\u200Bx")).isTrue();
    }

    @Test
    void aNameMadeInvisibleNormalisesToNothing() {
        assertThat(new NameNormalizer().normalize("\u200B\u3000\u0000").isEmpty()).isTrue();
        assertThat(new NameNormalizer().normalize("TNK Trad\u200Bing SA").joined()).isEqualTo("TNK TRADING");
    }
}
