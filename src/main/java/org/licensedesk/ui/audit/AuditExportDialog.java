package org.licensedesk.ui.audit;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.domain.User;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** File → Export audit: which entries go into the file. The file is chosen after this dialog. */
final class AuditExportDialog {
    private final AuditExportForm form;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ToggleGroup kinds = new ToggleGroup();
    private final ButtonType export;

    AuditExportDialog(AuditExportForm form, Messages messages, Window owner) {
        this.form = form;
        this.messages = messages;
        dialog.setTitle(messages.get("export.title"));
        dialog.setHeaderText(messages.get("export.header"));
        dialog.setGraphic(new FontIcon("mdi2e-export"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        export = new ButtonType(messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export,
                new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(AuditExportDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("exportDialog");

        DatePicker from = isoDatePicker();
        from.setId("exportFrom");
        from.valueProperty().bindBidirectional(form.fromProperty());
        DatePicker to = isoDatePicker();
        to.setId("exportTo");
        to.valueProperty().bindBidirectional(form.toProperty());
        TextField reference = new TextField();
        reference.setId("exportReference");
        reference.textProperty().bindBidirectional(form.referenceProperty());
        ChoiceBox<User> actor = new ChoiceBox<>();
        actor.setId("exportActor");
        actor.getItems().setAll(form.actors());
        actor.setConverter(new StringConverter<>() {
            @Override
            public String toString(User user) {
                return user == null ? "" : messages.format("export.actor.option", user.displayName(),
                        user.username());
            }

            @Override
            public User fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        actor.valueProperty().bindBidirectional(form.actorProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FACTOR_GRID);
        ColumnConstraints kindsColumn = new ColumnConstraints();
        kindsColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(kindsColumn, fields);
        grid.addRow(0, kind(AuditScope.Kind.ALL, "export.kind.all", "exportAll"));
        grid.addRow(1, kind(AuditScope.Kind.DATE_RANGE, "export.kind.dateRange", "exportDateRange"),
                enabledWith(new HBox(6, from, new Label("\u2013"), to), AuditScope.Kind.DATE_RANGE));
        grid.addRow(2, kind(AuditScope.Kind.APPLICATION, "export.kind.application", "exportApplication"),
                enabledWith(reference, AuditScope.Kind.APPLICATION));
        grid.addRow(3, kind(AuditScope.Kind.ACTOR, "export.kind.actor", "exportByActor"),
                enabledWith(actor, AuditScope.Kind.ACTOR));
        Label utc = new Label(messages.get("export.utcHint"));
        utc.getStyleClass().add(UiStyles.MUTED);
        utc.setWrapText(true);
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.getStyleClass().add(UiStyles.ERROR_TEXT);
        problem.textProperty().bind(form.problemProperty());
        VBox content = new VBox(10, grid, utc, problem);
        content.setPrefWidth(580);
        dialog.getDialogPane().setContent(content);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId("exportButton");
        exportButton.disableProperty().bind(form.problemProperty().isNotEmpty());
    }

    /** Dates as everywhere else in LicenseDesk: ISO, as on the bureau's forms. */
    private static DatePicker isoDatePicker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("yyyy-mm-dd");
        picker.setPrefWidth(150);
        return picker;
    }

    private RadioButton kind(AuditScope.Kind kind, String key, String id) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setToggleGroup(kinds);
        button.setSelected(form.kindProperty().get() == kind);
        button.selectedProperty().addListener((observable, before, selected) -> {
            if (selected) {
                form.kindProperty().set(kind);
            }
        });
        return button;
    }

    private Node enabledWith(Node field, AuditScope.Kind kind) {
        field.disableProperty().bind(form.kindProperty().isNotEqualTo(kind));
        return field;
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Present when the user chose to export. */
    Optional<ButtonType> showAndWait() {
        return dialog.showAndWait().filter(export::equals);
    }
}
