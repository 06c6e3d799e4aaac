package org.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemFormTest {
    @Test
    void subItemAIsMetalUnlessTheDescriptionNamesAnotherForm() {
        assertThat(ItemForm.of('a', "Dysprosium metal 99.9%")).isEqualTo(ItemForm.METAL);
        assertThat(ItemForm.of('a', "Dysprosium-iron Alloy DyFe")).isEqualTo(ItemForm.ALLOY);
        assertThat(ItemForm.of('a', "Terbium sputtering target, planar")).isEqualTo(ItemForm.TARGET);
        assertThat(ItemForm.of('a', "Sintered NdFeB magnet blocks containing dysprosium")).isEqualTo(
                ItemForm.MAGNET_MATERIAL);
        assertThat(ItemForm.of('a', "Samarium-cobalt magnet alloy")).isEqualTo(ItemForm.MAGNET_MATERIAL);
    }

    @Test
    void subItemsBAndCAreOxideAndCompoundWhateverTheDescription() {
        assertThat(ItemForm.of('b', "Dysprosium oxide alloy grade")).isEqualTo(ItemForm.OXIDE);
        assertThat(ItemForm.of('c', "Terbium fluoride for magnet targets")).isEqualTo(ItemForm.COMPOUND);
    }

    @Test
    void otherSubItemsAreRefused() {
        assertThatThrownBy(() -> ItemForm.of('d', "anything")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".d");
    }
}
