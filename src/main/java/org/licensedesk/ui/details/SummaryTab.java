package org.licensedesk.ui.details;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.Transport;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;

/**
 * Who applies, who receives and uses the goods, what for, and under which contract. Names and addresses wrap;
 * codes and contact details a reviewer copies into letters and searches are selectable text fields.
 */
final class SummaryTab implements DetailsTab {
    private final Tab tab;
    private final DomainText text;
    private final DisplayFormats formats;
    private final Messages messages;

    private final Label applicantName;
    private final Label applicantNameLocal;
    private final TextField uscc;
    private final Label applicantAddress;
    private final Label contactName;
    private final TextField contactPhone;
    private final TextField contactEmail;
    private final PartyFields consignee;
    private final PartyFields endUser;
    private final Label endUse;
    private final Label permittedParties;
    private final Label permittedHeading;
    private final TextField contractNumber;
    private final Label contractDate;
    private final Label transportMode;
    private final Label portOfExport;

    private record PartyFields(Label name, Label country, Label address) {
    }

    /** @param flags the application's risk flags, shown above the summary (hidden while there are none) */
    SummaryTab(Messages messages, DomainText text, DisplayFormats formats, javafx.scene.Node flags) {
        this.messages = messages;
        this.text = text;
        this.formats = formats;
        FormGrid form = new FormGrid();
        form.section(messages.get("details.section.applicant"));
        applicantName = form.wrapping(messages.get("details.field.name"), "detailsApplicantName");
        applicantNameLocal = form.wrapping(messages.get("details.field.nameLocal"), "detailsApplicantNameLocal");
        uscc = form.copyable(messages.get("details.field.uscc"), "detailsUscc");
        applicantAddress = form.wrapping(messages.get("details.field.address"), "detailsApplicantAddress");
        contactName = form.wrapping(messages.get("details.field.contact"), "detailsContactName");
        contactPhone = form.copyable(messages.get("details.field.phone"), "detailsContactPhone");
        contactEmail = form.copyable(messages.get("details.field.email"), "detailsContactEmail");
        form.section(messages.get("details.section.consignee"));
        consignee = party(form, "detailsConsignee");
        form.section(messages.get("details.section.endUser"));
        endUser = party(form, "detailsEndUser");
        // regime: the further consignees and end users a general licence names (Regulations Art. 15).
        permittedHeading = form.section(messages.get("details.section.permittedParties"));
        permittedParties = form.wrapping(messages.get("details.field.permittedParties"), "detailsPermittedParties");
        form.section(messages.get("details.section.endUse"));
        endUse = form.wrapping(messages.get("details.field.endUse"), "detailsEndUse");
        form.section(messages.get("details.section.contract"));
        contractNumber = form.copyable(messages.get("details.field.contractNumber"), "detailsContractNumber");
        contractDate = form.wrapping(messages.get("details.field.contractDate"), "detailsContractDate");
        form.section(messages.get("details.section.transport"));
        transportMode = form.wrapping(messages.get("details.field.transportMode"), "detailsTransportMode");
        portOfExport = form.wrapping(messages.get("details.field.portOfExport"), "detailsPortOfExport");

        ScrollPane scroll = new ScrollPane(new javafx.scene.layout.VBox(flags, form.node()));
        scroll.setFitToWidth(true);
        tab = new Tab(messages.get("details.tab.summary"), scroll);
        tab.setClosable(false);
    }

    private PartyFields party(FormGrid form, String id) {
        return new PartyFields(
                form.wrapping(messages.get("details.field.name"), id),
                form.wrapping(messages.get("details.field.country"), id + "Country"),
                form.wrapping(messages.get("details.field.address"), id + "Address"));
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails details) {
        LicenceApplication application = details.application();
        applicantName.setText(application.applicant().name());
        applicantNameLocal.setText(application.applicant().nameLocal());
        uscc.setText(application.applicant().uscc());
        applicantAddress.setText(application.applicant().address());
        contactName.setText(application.applicant().contact().name());
        contactPhone.setText(application.applicant().contact().phone());
        contactEmail.setText(application.applicant().contact().email());
        showParty(consignee, application.consignee());
        showParty(endUser, application.endUser());
        // Only a general licence names further parties (Art. 15): a single licence shows no such line.
        boolean permitted = application.licenceType() == org.licensedesk.domain.LicenceType.GENERAL
                || !application.permittedParties().isEmpty();
        FormGrid.show(permitted, permittedHeading, permittedParties);
        permittedParties.setText(application.permittedParties().isEmpty() ? messages.get("details.permitted.none")
                : application.permittedParties().stream().map(this::permitted)
                        .collect(java.util.stream.Collectors.joining("\n")));
        endUse.setText(application.endUse());
        contractNumber.setText(application.contract().number());
        contractDate.setText(formats.date(application.contract().date()));
        Transport transport = application.transport();
        transportMode.setText(orNotStated(transport.mode()));
        portOfExport.setText(orNotStated(transport.portOfExport()));
    }

    private void showParty(PartyFields fields, Party party) {
        fields.name().setText(party.name());
        fields.country().setText(text.country(party.country()));
        fields.address().setText(party.address());
    }

    private String permitted(Party party) {
        return messages.format("details.permitted.line", messages.get(party.role() == org.licensedesk.domain.PartyRole.CONSIGNEE
                ? "details.section.consignee" : "details.section.endUser"), party.name(), text.country(party.country()),
                party.address());
    }

    private String orNotStated(String value) {
        return value == null || value.isBlank() ? messages.get("details.notStated") : value;
    }
}
