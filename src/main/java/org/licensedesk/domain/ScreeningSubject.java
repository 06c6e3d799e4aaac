package org.licensedesk.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The names of one application's parties, as screening reads them. A missing party has a null name. */
public record ScreeningSubject(String reference, String applicantName, String consigneeName, String endUserName) {
    public ScreeningSubject {
        Objects.requireNonNull(reference, "reference");
    }

    /** The parties that have a name, in the order applicant, consignee, end user. */
    public Map<ScreenedParty, String> names() {
        Map<ScreenedParty, String> names = new EnumMap<>(ScreenedParty.class);
        put(names, ScreenedParty.APPLICANT, applicantName);
        put(names, ScreenedParty.CONSIGNEE, consigneeName);
        put(names, ScreenedParty.END_USER, endUserName);
        return names;
    }

    private static void put(Map<ScreenedParty, String> names, ScreenedParty party, String name) {
        if (name != null && !name.isBlank()) {
            names.put(party, name);
        }
    }
}
