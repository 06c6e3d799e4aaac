package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The names of one application's parties, as screening reads them. A missing party has a null name. */
public record ScreeningSubject(String reference, String applicantName, String consigneeName, String endUserName,
                               LocalDate receivedOn) {
    public ScreeningSubject {
        Objects.requireNonNull(reference, "reference");
    }

    /** Without a received date: MOFCOM listings are then screened as in force today only. */
    public ScreeningSubject(String reference, String applicantName, String consigneeName, String endUserName) {
        this(reference, applicantName, consigneeName, endUserName, null);
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
