package org.licensedesk.domain;

import java.util.Locale;

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

    /**
     * The form of an item from its control code's sub-item and its description: under .a the description
     * tells magnet material, targets and alloys from metal (in that order, since "magnet alloy" is a magnet).
     *
     * @throws IllegalArgumentException for a sub-item other than a, b or c
     */
    public static ItemForm of(char subItem, String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        switch (subItem) {
            case 'a':
                if (text.contains("magnet")) {
                    return MAGNET_MATERIAL;
                }
                if (text.contains("target")) {
                    return TARGET;
                }
                return text.contains("alloy") ? ALLOY : METAL;
            case 'b':
                return OXIDE;
            case 'c':
                return COMPOUND;
            default:
                throw new IllegalArgumentException("No item form for sub-item ." + subItem
                        + ": the control list's sub-items are .a (metal, alloys, targets, products), "
                        + ".b (oxide) and .c (compounds)");
        }
    }
}
