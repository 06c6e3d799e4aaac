package org.licensedesk.domain;

/**
 * The physical form of a controlled item. Each form belongs to one sub-item of the control list:
 * .a metal, alloys, targets and products; .b oxide and mixtures; .c compounds and mixtures.
 */
public enum ItemForm {
    METAL('a'),
    ALLOY('a'),
    TARGET('a'),
    MAGNET_MATERIAL('a'),
    OXIDE('b'),
    COMPOUND('c');

    private final char subItem;

    ItemForm(char subItem) {
        this.subItem = subItem;
    }

    public char subItem() {
        return subItem;
    }
}
