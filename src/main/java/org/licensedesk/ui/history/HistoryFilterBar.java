package org.licensedesk.ui.history;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.User;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The History window's filter bar, bound to a {@link HistoryFilterForm}; Enter in any field applies it. */
final class HistoryFilterBar {
    private final VBox root;
    private final TextField note;

    HistoryFilterBar(HistoryFilterForm form, Messages messages, DomainText text, Runnable apply, Runnable clear) {
        DatePicker from = new DatePicker();
        from.setId("historyFrom");
        from.setPromptText(messages.get("historyView.from"));
        from.valueProperty().bindBidirectional(form.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("historyTo");
        to.setPromptText(messages.get("historyView.to"));
        to.valueProperty().bindBidirectional(form.toProperty());
        from.setPrefWidth(130);
        to.setPrefWidth(130);

        ComboBox<String> actor = new ComboBox<>();
        actor.setId("historyActor");
        actor.setPromptText(messages.get("historyView.actor"));
        actor.getItems().add(null);
        form.users().addListener((ListChangeListener<User>) change -> {
            String chosen = actor.getValue();
            actor.getItems().setAll(form.users().stream().map(User::username).sorted().toList());
            actor.getItems().add(0, null);
            actor.setValue(chosen);
        });
        actor.valueProperty().bindBidirectional(form.actorProperty());
        actor.setButtonCell(anyCell(messages.get("historyView.actor"), name -> name));
        actor.setCellFactory(list -> anyCell(messages.get("historyView.any"), name -> name));

        CheckComboBox<AuditAction> actions = new CheckComboBox<>();
        actions.setId("historyActions");
        actions.getItems().setAll(AuditAction.values());
        actions.setConverter(converter(text::action));
        actions.setTitle(messages.get("historyView.actions"));
        actions.setShowCheckedCount(true);
        actions.setPrefWidth(160);
        syncChecks(form, actions);

        ComboBox<ApplicationStatus> outcome = new ComboBox<>();
        outcome.setId("historyOutcome");
        outcome.getItems().add(null);
        outcome.getItems().addAll(form.outcomes());
        outcome.valueProperty().bindBidirectional(form.outcomeProperty());
        outcome.setButtonCell(anyCell(messages.get("historyView.outcome"), text::status));
        outcome.setCellFactory(list -> anyCell(messages.get("historyView.any"), text::status));

        TextField element = field("historyElement", messages.get("historyView.element"), 80);
        element.textProperty().bindBidirectional(form.elementProperty());
        TextField code = field("historyControlCode", messages.get("historyView.controlCode"), 100);
        code.textProperty().bindBidirectional(form.controlCodeProperty());
        TextField country = field("historyCountry", messages.get("historyView.country"), 80);
        country.textProperty().bindBidirectional(form.countryProperty());
        TextField applicant = field("historyApplicant", messages.get("historyView.applicant"), 170);
        applicant.textProperty().bindBidirectional(form.applicantProperty());
        note = field("historyNote", messages.get("historyView.note"), 170);
        note.textProperty().bindBidirectional(form.noteTextProperty());

        Button applyButton = new Button(messages.get("historyView.apply"), new FontIcon("mdi2f-filter"));
        applyButton.setId("historyApply");
        applyButton.setOnAction(event -> apply.run());
        Button clearButton = new Button(messages.get("historyView.clear"), new FontIcon("mdi2f-filter-remove"));
        clearButton.setId("historyClear");
        clearButton.setOnAction(event -> clear.run());

        Label references = new Label();
        references.setId("historyReferences");
        references.textProperty().bind(form.referencesText());
        Button allApplications = new Button(messages.get("historyView.references.clear"));
        allApplications.setId("historyReferencesClear");
        allApplications.setOnAction(event -> {
            form.clearReferences();
            apply.run();
        });
        HBox referencesRow = new HBox(8, references, allApplications);
        referencesRow.setAlignment(Pos.CENTER_LEFT);
        referencesRow.visibleProperty().bind(Bindings.isNotEmpty(references.textProperty()));
        referencesRow.managedProperty().bind(referencesRow.visibleProperty());

        FlowPane fields = new FlowPane(8, 8, from, new Label("\u2013"), to, actor, actions, outcome, element, code,
                country, applicant, note, applyButton, clearButton);
        fields.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, fields, referencesRow);
        root.getStyleClass().add(UiStyles.HISTORY_FILTER_BAR);
        // Later, not now: a date picker takes its typed date on this same key press, after the filter has run.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                Platform.runLater(apply);
            }
        });
    }

    private static void syncChecks(HistoryFilterForm form, CheckComboBox<AuditAction> actions) {
        boolean[] syncing = {false};
        Runnable fromForm = () -> {
            syncing[0] = true;
            actions.getCheckModel().clearChecks();
            form.actions().forEach(action -> actions.getCheckModel().check(action));
            syncing[0] = false;
        };
        form.actions().addListener((SetChangeListener<AuditAction>) change -> {
            if (!syncing[0]) {
                fromForm.run();
            }
        });
        actions.getCheckModel().getCheckedItems().addListener((ListChangeListener<AuditAction>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                form.actions().retainAll(actions.getCheckModel().getCheckedItems());
                form.actions().addAll(actions.getCheckModel().getCheckedItems());
                syncing[0] = false;
            }
        });
        fromForm.run();
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }

    private static <T> ListCell<T> anyCell(String whenNull, java.util.function.Function<T, String> format) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? whenNull : format.apply(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : format.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    Node root() {
        return root;
    }

    /** Where the cursor goes when the window opens. */
    void focus() {
        note.requestFocus();
    }
}
