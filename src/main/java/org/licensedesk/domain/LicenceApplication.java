package org.licensedesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An export-licence application with all its parts, as a reviewer reads it. Named so to keep it apart
 * from JavaFX's {@code Application}.
 *
 * @param assignee username of the reviewer working on it, or null
 * @param version  optimistic-locking counter of the stored row
 * @param militaryDeclared the applicant declares a military end user or a military end use: recommending approval
 *                 then needs a supervisor's note first (regime, issue 13)
 * @param permittedParties further consignees and end users a general licence names besides {@code consignee} and
 *                 {@code endUser} (Regulations Art. 15): the licence permits exports to all of them, and only to them
 */
public record LicenceApplication(
        String reference,
        LocalDate receivedOn,
        LicenceType licenceType,
        Applicant applicant,
        Party consignee,
        Party endUser,
        String endUse,
        Contract contract,
        Transport transport,
        List<Item> items,
        List<Document> documents,
        ApplicationStatus status,
        String assignee,
        long version,
        boolean militaryDeclared,
        List<Party> permittedParties) {

    /** An application naming no further permitted parties (any but a general licence naming several). */
    public LicenceApplication(String reference, LocalDate receivedOn, LicenceType licenceType, Applicant applicant,
            Party consignee, Party endUser, String endUse, Contract contract, Transport transport, List<Item> items,
            List<Document> documents, ApplicationStatus status, String assignee, long version,
            boolean militaryDeclared) {
        this(reference, receivedOn, licenceType, applicant, consignee, endUser, endUse, contract, transport, items,
                documents, status, assignee, version, militaryDeclared, List.of());
    }

    /** An application with no military end user or end use declared. */
    public LicenceApplication(String reference, LocalDate receivedOn, LicenceType licenceType, Applicant applicant,
            Party consignee, Party endUser, String endUse, Contract contract, Transport transport, List<Item> items,
            List<Document> documents, ApplicationStatus status, String assignee, long version) {
        this(reference, receivedOn, licenceType, applicant, consignee, endUser, endUse, contract, transport, items,
                documents, status, assignee, version, false);
    }

    public LicenceApplication {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(licenceType, "licenceType");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(endUser, "endUser");
        Objects.requireNonNull(endUse, "endUse");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(status, "status");
        transport = transport == null ? Transport.UNKNOWN : transport;
        items = List.copyOf(items);
        documents = List.copyOf(documents);
        permittedParties = permittedParties == null ? List.of() : List.copyOf(permittedParties);
    }

    /** Element symbols of the items, distinct and sorted, such as "Dy, Tb". */
    public String elements() {
        return items.stream().map(Item::elementSymbol).distinct().sorted().collect(Collectors.joining(", "));
    }

    /** The highest control code among the items; the queue shows it as the application's headline code. */
    public Optional<ControlCode> highestControlCode() {
        return items.stream().map(Item::controlCode).max(Comparator.naturalOrder());
    }

    public BigDecimal totalKg() {
        return items.stream().map(Item::quantityKg).flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalValueUsd() {
        return items.stream().map(Item::lineValueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasEndUserCertificate() {
        return documents.stream().anyMatch(d -> d.type() == DocumentType.END_USER_CERTIFICATE);
    }
}
