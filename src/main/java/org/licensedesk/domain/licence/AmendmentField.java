package org.licensedesk.domain.licence;

/**
 * What a holder may ask to change on a licence. The key elements (items, a higher quantity, the end user, the end
 * use, the consignee) cannot be amended: Art. 18(2) requires a new application. The others are amended in place
 * (Art. 18(3)).
 */
public enum AmendmentField {
    CONTACT_NAME(false, "the contact's name"),
    CONTACT_PHONE(false, "the contact's telephone"),
    CONTACT_EMAIL(false, "the contact's e-mail"),
    PORT_OF_EXPORT(false, "the port of export"),
    CONSIGNEE_ADDRESS(false, "the consignee's address"),
    END_USER_ADDRESS(false, "the end user's address"),
    ITEM(true, "an item"),
    QUANTITY_UP(true, "a higher quantity"),
    END_USER(true, "the end user"),
    END_USE(true, "the end use"),
    CONSIGNEE(true, "the consignee");

    private final boolean key;
    private final String words;

    AmendmentField(boolean key, String words) {
        this.key = key;
        this.words = words;
    }

    public boolean isKey() {
        return key;
    }

    public String words() {
        return words;
    }
}
