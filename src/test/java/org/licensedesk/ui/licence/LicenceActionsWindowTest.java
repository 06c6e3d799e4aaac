package org.licensedesk.ui.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.domain.licence.RecordedShipment;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.TruncatedText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A supervisor works a licence from View → Licences by keyboard: suspends it (a reason too short is refused with the
 * service's sentence, beside the reason), finds shipments refused while it is suspended, reinstates it, and records
 * a shipment whose refusals (too much, outside validity) show beside the line and the date.
 */
class LicenceActionsWindowTest extends DemoWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @Test
    void aSupervisorSuspendsAndReinstatesALicenceWithReasons(FxRobot robot) throws Exception {
        LicenceSummary licence = firstActive(0);
        TableView<LicenceSummary> table = openAndSelect(robot, licence);

        shortcut(robot, KeyCode.S);
        desk.waitUntil(() -> robot.lookup("#licenceReasonForm_reason").tryQuery().isPresent());
        robot.clickOn("#licenceReasonForm_reason").write("Too short");
        sendWithCtrlEnter(robot);
        desk.waitUntil(() -> robot.lookup("#licenceReasonForm_reason_refusal").queryLabeled().isVisible());
        assertThat(desk.text("#licenceReasonForm_reason_refusal"))
                .isEqualTo("Give the reason to suspend licence " + licence.number()
                        + " in at least 10 characters; it goes into the audit trail.");
        assertThat(services.licences().licence(licence.number()).storedStatus()).isEqualTo(LicenceStatus.ACTIVE);

        robot.write(": the end user is under investigation");
        sendWithCtrlEnter(robot);
        desk.waitUntil(() -> robot.lookup("#licenceReasonForm").tryQuery().isEmpty()
                && status(robot).equals("Licence " + licence.number() + " suspended."));
        Licence suspended = services.licences().licence(licence.number());
        assertThat(suspended.storedStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("Too short: the end user is under investigation");
        AuditEntry entry = last(licence.applicationRef());
        assertThat(entry.action()).isEqualTo(AuditAction.LICENCE_SUSPENDED.name());
        assertThat(entry.actor()).isEqualTo("zhao.lei");
        desk.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().storedStatus() == LicenceStatus.SUSPENDED);

        // A suspended licence covers no shipment: the button says why rather than opening a form.
        Button record = inLicences(robot, "#licenceAction_RECORD_SHIPMENT");
        desk.waitUntil(() -> record.isDisabled());
        assertThat(record.getAccessibleHelp()).isEqualTo("Licence " + licence.number()
                + " is Suspended; this action is not possible now.");
        assertThat(inLicences(robot, "#licenceAction_SUSPEND").isDisabled()).isTrue();

        Button reinstate = inLicences(robot, "#licenceAction_REINSTATE");
        desk.waitUntil(() -> !reinstate.isDisabled());
        robot.clickOn((javafx.scene.Node) reinstate);
        desk.waitUntil(() -> robot.lookup("#licenceReasonForm_reason").tryQuery().isPresent());
        robot.clickOn("#licenceReasonForm_reason").write("The investigation found nothing against the end user");
        robot.clickOn("#licenceReasonForm_send");
        desk.waitUntil(() -> status(robot).equals("Licence " + licence.number()
                + " reinstated."));
        assertThat(services.licences().licence(licence.number()).storedStatus()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(last(licence.applicationRef()).action()).isEqualTo(AuditAction.LICENCE_REINSTATED.name());
        desk.waitUntil(() -> !record.isDisabled());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aShipmentIsRefusedBesideTheFieldThenRecorded(FxRobot robot) throws Exception {
        LicenceSummary summary = firstActive(1);
        Licence licence = services.licences().licence(summary.number());
        LicensedItem item = licence.items().get(0);
        openAndSelect(robot, summary);

        shortcut(robot, KeyCode.R);
        String line = "#shipmentForm_line_" + item.lineNo();
        desk.waitUntil(() -> robot.lookup(line).tryQuery().isPresent());
        assertThat(TruncatedText.inShowingWindows()).isEmpty();
        robot.clickOn("#shipmentForm_customsDeclaration").write("310120269990001");
        BigDecimal tooMuch = item.remaining().add(BigDecimal.ONE);
        robot.clickOn(line).write(tooMuch.toPlainString());
        robot.clickOn("#shipmentForm_send");
        desk.waitUntil(() -> robot.lookup(line + "_refusal").queryLabeled().isVisible());
        assertThat(desk.text(line + "_refusal")).startsWith("Item line " + item.lineNo() + " of " + licence.number()
                + " has ").endsWith(" is more than that.");

        DatePicker date = robot.lookup("#shipmentForm_shippedOn").query();
        robot.interact(() -> date.setValue(licence.validFrom().minusDays(1)));
        robot.doubleClickOn(line).eraseText(tooMuch.toPlainString().length()).write("0.5");
        robot.clickOn("#shipmentForm_send");
        desk.waitUntil(() -> robot.lookup("#shipmentForm_shippedOn_refusal").queryLabeled().isVisible());
        assertThat(desk.text("#shipmentForm_shippedOn_refusal")).contains("is outside licence " + licence.number());
        assertThat(robot.lookup(line + "_refusal").queryLabeled().isVisible()).isFalse();

        robot.interact(() -> date.setValue(TODAY));
        robot.clickOn("#shipmentForm_send");
        desk.waitUntil(() -> robot.lookup("#shipmentForm").tryQuery().isEmpty());
        List<RecordedShipment> shipments = services.licences().shipments(licence.number());
        assertThat(shipments).anyMatch(shipment -> shipment.customsDeclaration().equals("310120269990001")
                && shipment.shippedOn().equals(TODAY));
        assertThat(services.licences().licence(licence.number()).items().get(0).shipped())
                .isEqualByComparingTo(item.shipped().add(new BigDecimal("0.5")));
        assertThat(last(licence.applicationRef()).action()).isEqualTo(AuditAction.SHIPMENT_RECORDED.name());
        assertThat(status(robot)).isEqualTo("Shipment under customs declaration "
                + "310120269990001 recorded against licence " + licence.number() + ".");
        assertThat(dialogs.errors).isEmpty();
    }

    /** An ACTIVE licence with something left on its first line, valid today: the n-th such. */
    static LicenceSummary firstActive(int n) {
        return services.licences().list(new LicenceFilter(LicenceStatus.ACTIVE, null, null, null, TODAY), 1_000)
                .stream().filter(row -> {
                    Licence licence = services.licences().licence(row.number());
                    return licence.valid(TODAY) && licence.items().get(0).remaining().compareTo(BigDecimal.ONE) > 0;
                }).skip(n).findFirst().orElseThrow();
    }

    private TableView<LicenceSummary> openAndSelect(FxRobot robot, LicenceSummary licence) throws Exception {
        shortcut(robot, KeyCode.L);
        desk.waitUntil(() -> robot.lookup("#licencesTable").tryQuery().isPresent()
                && !robot.lookup("#licencesTable").queryTableView().getItems().isEmpty());
        TableView<LicenceSummary> table = robot.lookup("#licencesTable").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(row -> row.number().equals(licence.number())).findFirst().orElseThrow());
        });
        desk.waitUntil(() -> inLicences(robot, "#licenceAction_SUSPEND").getParent().isVisible());
        return table;
    }

    /** The Licences window's own node (the main window's Licence tab has a row of actions too). */
    static <T extends javafx.scene.Node> T inLicences(FxRobot robot, String id) {
        return robot.from(robot.lookup("#licences").queryAs(javafx.scene.Node.class)).lookup(id).query();
    }

    static String status(FxRobot robot) {
        return robot.from(robot.lookup("#licences").queryAs(javafx.scene.Node.class)).lookup("#licenceActionsStatus")
                .queryLabeled().getText();
    }

    static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    static void sendWithCtrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    /** The application's newest audit entry. */
    static AuditEntry last(String reference) {
        return services.auditTrail().forApplication(reference).get(0);
    }
}
