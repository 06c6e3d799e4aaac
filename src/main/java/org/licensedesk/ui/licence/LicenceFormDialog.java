package org.licensedesk.ui.licence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/**
 * The dialog of one licence action: its fields, each with a line beneath for the refusal that concerns it. It stays
 * open while the action is sent and after a refusal, keeping what was typed; it closes once the action was done.
 * Ctrl+Enter sends. Ids: the form's id on the pane, {@code <form>_<key>} on a field's control and
 * {@code <form>_<key>_refusal} on its refusal line ({@code /} in a key becomes {@code _}).
 */
final class LicenceFormDialog {
    private final LicenceForm form;
    private final LicenceForm.Sender sender;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
    private final Map<String, Label> refusals = new HashMap<>();
    private final Label formRefusal = new Label();
    private final ButtonType send;
    private Node firstField;
    private final ScrollPane scroll;
    private boolean busy;
    private boolean done;

    LicenceFormDialog(LicenceForm form, LicenceForm.Sender sender, Messages messages, Window owner) {
        this.form = form;
        this.sender = sender;
        this.messages = messages;
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.header());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        send = new ButtonType(form.submit(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(send, cancel);
        dialog.getDialogPane().getStylesheets().add(LicenceFormDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().getStyleClass().addAll(UiStyles.ACTION_DIALOG, UiStyles.LICENCE_FORM);
        dialog.getDialogPane().setId(form.id());

        VBox content = new VBox(6);
        content.getStyleClass().add(UiStyles.ACTION_FORM);
        formRefusal.setId(form.id() + "_refusal");
        refusalLine(formRefusal);
        content.getChildren().add(formRefusal);
        DomainText text = new DomainText(messages);
        for (LicenceForm.Field field : form.fields()) {
            content.getChildren().add(field(field, text));
        }
        Label keys = new Label(messages.get("licenceActions.submitHint"));
        keys.getStyleClass().add(UiStyles.MUTED);
        content.getChildren().add(keys);
        content.setPrefWidth(560);
        // A licence with many item lines makes a long form: it scrolls rather than push the buttons off the screen.
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(UiStyles.EDGE_TO_EDGE);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);

        Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
        sendButton.setId(form.id() + "_send");
        sendButton.setDefaultButton(false);
        sendButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            submit();
        });
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId(form.id() + "_cancel");
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                submit();
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (busy && !done) {
                event.consume();
            }
        });
    }

    private Node field(LicenceForm.Field field, DomainText text) {
        String id = form.id() + "_" + field.key().replace('/', '_');
        Label caption = new Label(field.caption());
        caption.getStyleClass().add(UiStyles.FORM_SECTION);
        caption.setWrapText(true);
        Node control = switch (field.kind()) {
            case TEXT -> {
                TextField input = new TextField(field.initial() == null ? "" : field.initial().toString());
                readers.put(field.key(), input::getText);
                yield input;
            }
            case AREA -> {
                TextArea input = TabLeavesTextArea.install(new TextArea());
                input.setWrapText(true);
                input.setPrefRowCount(3);
                readers.put(field.key(), input::getText);
                yield input;
            }
            case DATE -> {
                DatePicker input = new DatePicker((LocalDate) field.initial());
                readers.put(field.key(), () -> date(input));
                yield input;
            }
            case CHOICE -> {
                ComboBox<Object> input = new ComboBox<>(FXCollections.observableArrayList(field.choices()));
                input.setConverter(converter(field));
                input.setValue(field.initial());
                input.setMaxWidth(Double.MAX_VALUE);
                readers.put(field.key(), input::getValue);
                yield input;
            }
            case QUANTITY -> {
                TextField amount = new TextField();
                amount.setId(id);
                amount.setPrefColumnCount(10);
                ComboBox<QuantityUnit> unit = new ComboBox<>(FXCollections.observableArrayList(QuantityUnit.values()));
                unit.setId(id + "_unit");
                unit.setValue((QuantityUnit) field.initial());
                unit.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(QuantityUnit value) {
                        return value == null ? "" : text.unit(value);
                    }

                    @Override
                    public QuantityUnit fromString(String string) {
                        return null;
                    }
                });
                readers.put(field.key(), () -> new LicenceForm.Quantity(amount.getText(), unit.getValue()));
                HBox row = new HBox(8, amount, unit);
                caption.setLabelFor(amount);
                if (firstField == null) {
                    firstField = amount;
                }
                yield row;
            }
        };
        if (field.kind() != LicenceForm.Kind.QUANTITY) {
            control.setId(id);
            caption.setLabelFor(control);
            if (firstField == null) {
                firstField = control;
            }
        }
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        Label refusal = new Label();
        refusal.setId(id + "_refusal");
        refusalLine(refusal);
        refusals.put(field.key(), refusal);
        VBox box = new VBox(3, caption);
        if (field.hint() != null) {
            Label hint = new Label(field.hint());
            hint.getStyleClass().add(UiStyles.MUTED);
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        box.getChildren().addAll(control, refusal);
        HBox.setHgrow(control, Priority.ALWAYS);
        return box;
    }

    /** The date typed, or the text itself when it is no date (the view model refuses it beside the field). */
    private static Object date(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return picker.getConverter().fromString(typed.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return typed.strip();
        }
    }

    private static StringConverter<Object> converter(LicenceForm.Field field) {
        return new StringConverter<>() {
            @Override
            public String toString(Object value) {
                return field.words().apply(value);
            }

            @Override
            public Object fromString(String string) {
                return null;
            }
        };
    }

    private static void refusalLine(Label label) {
        label.getStyleClass().add(UiStyles.HINT_MISSING);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setVisible(false);
        label.setManaged(false);
    }

    private void submit() {
        if (busy || done) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        readers.forEach((key, reader) -> values.put(key, reader.get()));
        showRefusal(null, null);
        busy = true;
        dialog.getDialogPane().lookupButton(send).setDisable(true);
        sender.send(new LicenceForm.Values(values), new LicenceForm.Reply() {
            @Override
            public void done() {
                done = true;
                dialog.setResult(send);
                dialog.close();
            }

            @Override
            public void refused(String field, String sentence) {
                busy = false;
                dialog.getDialogPane().lookupButton(send).setDisable(false);
                showRefusal(field, sentence);
            }
        });
    }

    /** Shows the sentence beside its field (or above the form), and clears every other refusal shown. */
    private void showRefusal(String field, String sentence) {
        Label target = field == null ? formRefusal : refusals.getOrDefault(field, formRefusal);
        for (Label label : refusals.values()) {
            show(label, label == target ? sentence : null);
        }
        show(formRefusal, formRefusal == target ? sentence : null);
        if (sentence != null && dialog.getDialogPane().getScene() != null) {
            fitToContent();
        }
    }

    private static void show(Label label, String sentence) {
        label.setText(sentence == null ? "" : sentence);
        label.setVisible(sentence != null);
        label.setManaged(sentence != null);
    }

    /** As tall as the form needs, within the screen; a longer form scrolls. */
    private void fitToContent() {
        Window window = dialog.getDialogPane().getScene().getWindow();
        double screen = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds().getHeight();
        double wanted = scroll.getContent().prefHeight(560) + 4;
        scroll.setPrefViewportHeight(Math.min(wanted, Math.max(240, screen - 200)));
        window.sizeToScene();
        if (window.getY() + window.getHeight() > screen) {
            window.setY(Math.max(0, screen - window.getHeight()));
        }
    }

    void show() {
        dialog.show();
        fitToContent();
        if (firstField != null) {
            firstField.requestFocus();
        }
    }
}
