package org.licensedesk.ui.details;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The top of the details: reference and status, the licence asked for, and the deadline. */
final class DetailsHeader {
    private final Messages messages;
    private final DomainText text;
    private final DisplayFormats formats;
    private final VBox root;
    private final TextField reference = FormGrid.copyableField("detailsReference");
    private final Label status = new Label();
    private final Label facts = new Label();
    private final Label deadline = new Label();
    private final Label provisional = new Label();

    DetailsHeader(Messages messages, DomainText text, DisplayFormats formats) {
        this.messages = messages;
        this.text = text;
        this.formats = formats;
        reference.getStyleClass().add(UiStyles.DETAILS_TITLE);
        reference.setAccessibleText(messages.get("details.reference"));
        HBox.setHgrow(reference, Priority.ALWAYS);
        status.setId("detailsStatus");
        status.setGraphic(new FontIcon("mdi2c-circle-medium"));
        status.getStyleClass().add(UiStyles.STATUS_CHIP);
        HBox titleLine = new HBox(10, reference, status);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        facts.setId("detailsFacts");
        facts.getStyleClass().add(UiStyles.MUTED);
        deadline.setId("detailsDeadline");
        deadline.setGraphic(new FontIcon("mdi2c-calendar-clock"));
        deadline.setWrapText(true);
        facts.setWrapText(true);
        provisional.setId("detailsProvisional");
        provisional.getStyleClass().add(UiStyles.MUTED);
        provisional.setText(messages.get("details.deadline.provisional"));
        provisional.setWrapText(true);
        provisional.managedProperty().bind(provisional.visibleProperty());
        root = new VBox(titleLine, facts, deadline, provisional);
        root.getStyleClass().add(UiStyles.DETAILS_HEADER);
    }

    Node node() {
        return root;
    }

    void show(ApplicationDetails details) {
        LicenceApplication application = details.application();
        reference.setText(application.reference());
        status.setText(text.status(application.status()));
        status.getStyleClass().removeAll(UiStyles.STATUS_OPEN, UiStyles.STATUS_FINAL);
        status.getStyleClass().add(application.status().isOpen() ? UiStyles.STATUS_OPEN : UiStyles.STATUS_FINAL);
        facts.setText(messages.format("details.facts", text.licenceType(application.licenceType()),
                formats.date(application.receivedOn()), application.assignee() == null
                        ? messages.get("details.unassigned") : application.assignee()));
        showDeadline(details.deadline(), application.status().isOpen());
    }

    private void showDeadline(Deadline due, boolean open) {
        deadline.getStyleClass().removeAll(UiStyles.DEADLINE_CLASSES);
        String date = formats.date(due.date());
        if (!open) {
            deadline.setText(messages.format("details.deadline.closed", date));
        } else if (due.isPassed()) {
            deadline.setText(messages.format("details.deadline.passed", date, -due.workingDaysLeft()));
        } else {
            deadline.setText(messages.format("details.deadline.left", date, due.workingDaysLeft()));
        }
        if (open) {
            deadline.getStyleClass().add(UiStyles.deadline(due));
        }
        provisional.setVisible(due.provisional());
    }
}
