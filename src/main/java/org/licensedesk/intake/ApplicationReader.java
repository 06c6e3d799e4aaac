package org.licensedesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Contact;
import org.licensedesk.domain.Contract;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.InputText;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.Transport;

/**
 * Turns one checked application of an intake file into the domain's application, newly submitted. The
 * element and form of each item come from the control list and the sub-item; the format has no date per
 * document, so each document counts as received with the application. Text is stored without its invisible
 * format characters (a zero-width space inside a name), so what is stored is what a reader sees.
 */
final class ApplicationReader {
    private final ControlList controlList;

    ApplicationReader(ControlList controlList) {
        this.controlList = controlList;
    }

    /** Reads an application that passed the schema and {@link ApplicationChecks}. */
    LicenceApplication read(JsonNode node) {
        LocalDate received = LocalDate.parse(node.get("receivedAt").asText());
        JsonNode applicant = node.get("applicant");
        JsonNode contact = applicant.get("contact");
        JsonNode endUser = node.get("endUser");
        JsonNode transport = node.path("transport");
        return new LicenceApplication(
                node.get("reference").asText(),
                received,
                LicenceType.valueOf(node.get("licenceType").asText()),
                new Applicant(applicant.get("uscc").asText(), text(applicant.get("name")),
                        text(applicant.get("nameLocal")), text(applicant.get("address")),
                        new Contact(text(contact.get("name")), text(contact.get("phone")),
                                contact.get("email").asText())),
                party(PartyRole.CONSIGNEE, node.get("consignee")),
                party(PartyRole.END_USER, endUser),
                text(endUser.get("endUse")),
                new Contract(text(node.at("/contract/number")), LocalDate.parse(node.at("/contract/date").asText())),
                new Transport(optional(transport, "mode"), optional(transport, "portOfExport")),
                items(node.get("items")),
                documents(node.get("documents"), received),
                ApplicationStatus.SUBMITTED,
                null,
                0,
                endUser.path("military").asBoolean(false),
                permittedParties(node.path("permittedParties")));
    }

    /** regime: the further consignees and end users a general licence names (Regulations Art. 15). */
    private static List<Party> permittedParties(JsonNode parties) {
        List<Party> read = new ArrayList<>();
        for (JsonNode party : parties) {
            read.add(party(PartyRole.valueOf(party.get("role").asText()), party));
        }
        return read;
    }

    private static Party party(PartyRole role, JsonNode party) {
        return new Party(role, text(party.get("name")), party.get("country").asText(),
                text(party.get("address")));
    }

    private List<Item> items(JsonNode items) {
        List<Item> read = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            ControlCode code = new ControlCode(item.get("controlCode").asText());
            ControlListEntry entry = controlList.find(code.value()).orElseThrow(() ->
                    new IllegalStateException(code + " was checked but is not in the control list"));
            String description = text(item.get("description"));
            read.add(new Item(i + 1, code, entry.elementSymbol(), ItemForm.of(code.subItem(), description),
                    description, optional(item, "hsCode"), new BigDecimal(item.get("quantity").asText()),
                    QuantityUnit.valueOf(item.get("unit").asText()), new BigDecimal(item.get("unitPriceUsd").asText())));
        }
        return read;
    }

    private static List<Document> documents(JsonNode documents, LocalDate received) {
        List<Document> read = new ArrayList<>(documents.size());
        for (JsonNode document : documents) {
            read.add(new Document(DocumentType.valueOf(document.get("type").asText()), text(document.get("title")),
                    received, optional(document, "sha256")));
        }
        return read;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : text(value);
    }

    /** Free text as filed, without the invisible characters the checks let through (zero-width, soft hyphen). */
    private static String text(JsonNode value) {
        return InputText.withoutInvisible(value.asText());
    }
}
