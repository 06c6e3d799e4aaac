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
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.NoStatutoryLimit;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.workflow.WorkflowState;
import java.util.ArrayList;
import java.util.List;
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
    private final Label workflow = new Label();
    private final Label military = new Label();
    private String shownReference;

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
        workflow.setId("detailsWorkflow");
        workflow.setGraphic(new FontIcon("mdi2f-file-certificate"));
        workflow.setWrapText(true);
        workflow.getStyleClass().add(UiStyles.WORKFLOW_FACTS);
        workflow.managedProperty().bind(workflow.visibleProperty());
        workflow.setVisible(false);
        military.setId("detailsMilitary");
        military.setWrapText(true);
        military.getStyleClass().add(UiStyles.CALENDAR_WARNING);
        military.managedProperty().bind(military.visibleProperty());
        military.setVisible(false);
        root = new VBox(titleLine, facts, military, deadline, provisional, workflow);
        root.getStyleClass().add(UiStyles.DETAILS_HEADER);
    }

    Node node() {
        return root;
    }

    void show(ApplicationDetails details) {
        LicenceApplication application = details.application();
        if (!application.reference().equals(shownReference)) {
            workflow.setVisible(false);
        }
        shownReference = application.reference();
        reference.setText(application.reference());
        status.setText(text.status(application.status()));
        status.getStyleClass().removeAll(UiStyles.STATUS_OPEN, UiStyles.STATUS_FINAL);
        status.getStyleClass().add(application.status().isOpen() ? UiStyles.STATUS_OPEN : UiStyles.STATUS_FINAL);
        facts.setText(messages.format("details.facts", text.licenceType(application.licenceType()),
                formats.date(application.receivedOn()), application.assignee() == null
                        ? messages.get("details.unassigned") : application.assignee()));
        showDeadline(details.deadline(), application.status().isOpen());
        // regime: a declared military end user or end use needs a supervisor's note before approval is recommended.
        military.setText(messages.get("military.details"));
        military.setVisible(application.militaryDeclared());
    }

    /** Where the application stands in the decision workflow; hidden until the state of the shown one is known. */
    void showWorkflow(WorkflowState state) {
        if (state == null || !state.reference().equals(shownReference)) {
            workflow.setVisible(false);
            return;
        }
        List<String> lines = new ArrayList<>();
        // The recommendation stays on record after the decision; it is news only while it waits for a countersignature.
        if (state.status() == ApplicationStatus.PENDING_COUNTERSIGN && state.recommendation() != null) {
            lines.add(messages.format("details.workflow.recommended", text.recommendation(state.recommendation()),
                    state.recommendedBy() == null ? "" : state.recommendedBy()));
            // issue 13: which countersignature it awaits, and who gave the first when a rule requires two.
            lines.add(state.firstCountersign() == null ? messages.get("countersign.details.first")
                    : messages.format("countersign.details.second", state.firstCountersign().by(),
                            text.status(state.firstCountersign().decision())));
        } else if (state.firstCountersign() != null && !state.status().isOpen()) {
            lines.add(messages.format("countersign.details.decidedByTwo", state.firstCountersign().by()));
        }
        if (state.clockStoppedOn() != null && state.clockStop() != null) {
            lines.add(messages.format("clockStop.details.stopped", formats.date(state.clockStoppedOn()),
                    text.clockStop(state.clockStop())));
        } else if (state.clockStoppedOn() != null) {
            lines.add(messages.format("details.workflow.clockStopped", formats.date(state.clockStoppedOn())));
        }
        if (state.licenceNumber() != null) {
            lines.add(messages.format("details.workflow.licence", state.licenceNumber(),
                    formats.date(state.licenceValidFrom()), formats.date(state.licenceValidUntil())));
        }
        if (state.decidedWithinDeadline() != null) {
            lines.add(messages.get(state.decidedWithinDeadline() ? "details.workflow.withinDeadline"
                    : "details.workflow.afterDeadline"));
        }
        workflow.setText(String.join("\n", lines));
        workflow.setVisible(!lines.isEmpty());
    }

    private void showDeadline(Deadline due, boolean open) {
        deadline.getStyleClass().removeAll(UiStyles.DEADLINE_CLASSES);
        String date = formats.date(due.date());
        if (!open) {
            deadline.setText(messages.format("details.deadline.closed", date));
        } else if (due.noStatutoryLimit()) {
            deadline.setText(messages.get(due.limitLifted() == NoStatutoryLimit.WATCH_LIST
                    ? "watchList.noLimit.details" : "clockStop.noLimit.details"));
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
