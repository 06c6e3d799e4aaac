package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names of one application's parties, as screening reads them. A missing party has a null name. A general
 * licence's further permitted consignees and end users (Regulations Art. 15) are screened as consignees and end users
 * too.
 *
 * @param furtherParties the permitted parties besides the consignee and the end user, in their order
 */
public record ScreeningSubject(String reference, String applicantName, String consigneeName, String endUserName,
                               LocalDate receivedOn, List<Party> furtherParties) {
    public ScreeningSubject {
        Objects.requireNonNull(reference, "reference");
        furtherParties = furtherParties == null ? List.of() : List.copyOf(furtherParties);
    }

    /** Naming no further permitted parties. */
    public ScreeningSubject(String reference, String applicantName, String consigneeName, String endUserName,
                            LocalDate receivedOn) {
        this(reference, applicantName, consigneeName, endUserName, receivedOn, List.of());
    }

    /** Without a received date: MOFCOM listings are then screened as in force today only. */
    public ScreeningSubject(String reference, String applicantName, String consigneeName, String endUserName) {
        this(reference, applicantName, consigneeName, endUserName, null);
    }

    /** The same subject naming these further permitted parties. */
    public ScreeningSubject withFurtherParties(List<Party> parties) {
        return new ScreeningSubject(reference, applicantName, consigneeName, endUserName, receivedOn, parties);
    }

    /** The parties that have a name, in the order applicant, consignee, end user. */
    public Map<ScreenedParty, String> names() {
        Map<ScreenedParty, String> names = new EnumMap<>(ScreenedParty.class);
        put(names, ScreenedParty.APPLICANT, applicantName);
        put(names, ScreenedParty.CONSIGNEE, consigneeName);
        put(names, ScreenedParty.END_USER, endUserName);
        return names;
    }

    /**
     * Every party to screen with its role: those of {@link #names()}, then each further permitted party as the
     * consignee or end user it is.
     */
    public List<Map.Entry<ScreenedParty, String>> parties() {
        List<Map.Entry<ScreenedParty, String>> parties = new ArrayList<>(names().entrySet());
        for (Party party : furtherParties) {
            if (party.name() != null && !party.name().isBlank()) {
                parties.add(new AbstractMap.SimpleImmutableEntry<>(party.role() == PartyRole.CONSIGNEE
                        ? ScreenedParty.CONSIGNEE : ScreenedParty.END_USER, party.name()));
            }
        }
        return parties;
    }

    private static void put(Map<ScreenedParty, String> names, ScreenedParty party, String name) {
        if (name != null && !name.isBlank()) {
            names.put(party, name);
        }
    }
}
