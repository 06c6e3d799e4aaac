package org.licensedesk.ui.flags;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * Tools → Flag rules…: the rules in force in a table; below it a form that adds a rule, or changes the selected one
 * (its kind stays), and Remove. Supervisors only edit; a refused rule is explained under the form.
 */
public final class FlagRulesDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Messages messages;
    private final ComboBox<FlagRuleKind> kind = new ComboBox<>();
    private final TextField parameter = new TextField();
    private final ComboBox<FlagColour> colour = new ComboBox<>();
    private final CheckBox blocking;
    private final ComboBox<UserRole> clearer = new ComboBox<>();
    private final CheckBox notByRaiser;
    private final TextField reason = new TextField();

    public FlagRulesDialog(FlagRulesViewModel viewModel, Messages messages, Window owner) {
        this.messages = messages;
        dialog.setTitle(messages.get("flagRules.title"));
        dialog.setHeaderText(messages.get("flagRules.header"));
        dialog.setGraphic(new FontIcon("mdi2f-flag-variant"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(FlagRulesDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("flagRulesDialog");

        TableView<FlagRule> table = new TableView<>(viewModel.rules());
        table.setId("flagRules");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("flagRules.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("flagRules.column.id"), rule -> String.valueOf(rule.id()), 50));
        table.getColumns().add(column(messages.get("flagRules.column.kind"), this::kindText, 190));
        table.getColumns().add(column(messages.get("flagRules.column.parameter"), FlagRule::parameter, 165));
        TableColumn<FlagRule, String> colourColumn = column(messages.get("flagRules.column.colour"),
                rule -> colourText(rule.colour()), 80);
        colourColumn.setCellFactory(c -> new FlagColourCell());
        table.getColumns().add(colourColumn);
        table.getColumns().add(column(messages.get("flagRules.column.blocking"), rule -> messages.get(
                rule.blocking() ? "flagRules.blocking.yes" : "flagRules.blocking.no"), 80));
        table.getColumns().add(column(messages.get("flagRules.column.clearer"), this::clearerText, 200));
        table.getColumns().add(column(messages.get("flagRules.column.reason"), FlagRule::reason, 260));
        table.setPrefSize(1000, 200);
        VBox.setVgrow(table, Priority.ALWAYS);

        kind.setId("flagRuleKind");
        kind.getItems().setAll(FlagRuleKind.values());
        kind.setCellFactory(c -> textCell(this::kindText));
        kind.setButtonCell(textCell(this::kindText));
        parameter.setId("flagRuleParameter");
        parameter.setPromptText(messages.get("flagRules.parameter.prompt"));
        colour.setId("flagRuleColour");
        colour.getItems().setAll(FlagColour.values());
        colour.setCellFactory(c -> textCell(value -> colourText(value)));
        colour.setButtonCell(textCell(value -> colourText(value)));
        blocking = new CheckBox(messages.get("flagRules.field.blocking"));
        blocking.setId("flagRuleBlocking");
        clearer.setId("flagRuleClearer");
        clearer.getItems().setAll(UserRole.SUPERVISOR, UserRole.REVIEWER);
        clearer.setCellFactory(c -> textCell(value -> clearerText(value)));
        clearer.setButtonCell(textCell(value -> clearerText(value)));
        notByRaiser = new CheckBox(messages.get("flagRules.field.notByRaiser"));
        notByRaiser.setId("flagRuleNotByRaiser");
        blocking.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notByRaiser.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reason.setId("flagRuleReason");
        reason.setPromptText(messages.get("flagRules.reason.prompt"));
        clearForm();

        GridPane form = new GridPane();
        form.getStyleClass().add(UiStyles.FORM_GRID);
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("flagRules.field.kind"), kind, label("flagRules.field.parameter"), parameter);
        form.addRow(1, label("flagRules.field.colour"), colour, label("flagRules.field.clearer"), clearer);
        form.add(blocking, 1, 2);
        form.add(notByRaiser, 3, 2);
        form.addRow(3, label("flagRules.field.reason"));
        form.add(reason, 1, 3, 3, 1);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        GridPane.setHgrow(parameter, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("flagRuleProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(UiStyles.ERROR_TEXT);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.textProperty().bind(viewModel.problem());
        problem.visibleProperty().bind(viewModel.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label done = new Label();
        done.setId("flagRuleDone");
        done.getStyleClass().add(UiStyles.MUTED);
        done.textProperty().bind(viewModel.done());

        Button add = new Button(messages.get("flagRules.add"), new FontIcon("mdi2p-plus"));
        add.setId("flagRuleAdd");
        add.setOnAction(event -> viewModel.add(FlagRule.draft(kind.getValue(), parameter.getText(),
                colour.getValue(), blocking.isSelected(), clearer.getValue(), notByRaiser.isSelected(),
                reason.getText())));
        Button save = new Button(messages.get("flagRules.save"), new FontIcon("mdi2c-content-save"));
        save.setId("flagRuleSave");
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(event -> {
            FlagRule selected = table.getSelectionModel().getSelectedItem();
            viewModel.change(new FlagRule(selected.id(), selected.kind(), parameter.getText(), colour.getValue(),
                    blocking.isSelected(), clearer.getValue(), notByRaiser.isSelected(), reason.getText(), true));
        });
        Button remove = new Button(messages.get("flagRules.remove"), new FontIcon("mdi2d-delete"));
        remove.setId("flagRuleRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.remove(table.getSelectionModel().getSelectedItem()));
        Button fresh = new Button(messages.get("flagRules.new"), new FontIcon("mdi2f-file-outline"));
        fresh.setId("flagRuleNew");
        long[] chosen = {0};
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, selected) -> {
            if (selected == null) {
                clearForm();
            } else {
                fill(selected);
            }
        });
        // The rules are read again after each change: the rule that was selected stays selected while it exists.
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, selected) -> {
            if (selected != null) {
                chosen[0] = selected.id();
            }
        });
        fresh.setOnAction(event -> {
            chosen[0] = 0;
            table.getSelectionModel().clearSelection();
        });
        viewModel.rules().addListener((javafx.collections.ListChangeListener<FlagRule>) change -> {
            for (int i = 0; i < viewModel.rules().size(); i++) {
                if (viewModel.rules().get(i).id() == chosen[0]) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
            chosen[0] = 0;
        });
        HBox buttons = new HBox(8, fresh, add, save, remove, done);
        buttons.getStyleClass().add(UiStyles.TOOLBAR);

        VBox content = new VBox(8, table);
        if (viewModel.mayEdit()) {
            content.getChildren().addAll(form, problem, buttons);
        } else {
            Label readOnly = new Label(messages.get("flagRules.readOnly"));
            readOnly.getStyleClass().add(UiStyles.MUTED);
            content.getChildren().add(readOnly);
        }
        content.setMinWidth(1000);
        content.setPrefWidth(1000);
        dialog.getDialogPane().setContent(content);
        viewModel.load();
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void clearForm() {
        kind.setDisable(false);
        kind.setValue(FlagRuleKind.CONTROL_CODE);
        parameter.setText("");
        colour.setValue(FlagColour.AMBER);
        blocking.setSelected(false);
        clearer.setValue(UserRole.SUPERVISOR);
        notByRaiser.setSelected(false);
        reason.setText("");
    }

    private void fill(FlagRule rule) {
        kind.setValue(rule.kind());
        kind.setDisable(true); // a rule's kind stays; remove it and add another
        parameter.setText(rule.parameter());
        colour.setValue(rule.colour());
        blocking.setSelected(rule.blocking());
        clearer.setValue(rule.clearer());
        notByRaiser.setSelected(rule.notByRaiser());
        reason.setText(rule.reason());
    }

    private String kindText(FlagRule rule) {
        return kindText(rule.kind());
    }

    private String kindText(FlagRuleKind value) {
        return messages.get(switch (value) {
            case CONTROL_CODE -> "flagRules.kind.CONTROL_CODE";
            case DESTINATION -> "flagRules.kind.DESTINATION";
            case LIST_HIT -> "flagRules.kind.LIST_HIT";
            case QUANTITY_ABOVE -> "flagRules.kind.QUANTITY_ABOVE";
            case VALUE_ABOVE -> "flagRules.kind.VALUE_ABOVE";
            case GENERAL_LICENCE -> "flagRules.kind.GENERAL_LICENCE";
        });
    }

    private String colourText(FlagColour value) {
        return FlagTexts.colour(messages, value);
    }

    private String clearerText(UserRole value) {
        return FlagTexts.clearer(messages, value);
    }

    private String clearerText(FlagRule rule) {
        return FlagTexts.clearer(messages, rule);
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static TableColumn<FlagRule, String> column(String title, Function<FlagRule, String> value, double width) {
        TableColumn<FlagRule, String> column = new TableColumn<>(title);
        column.setCellValueFactory(rule -> new ReadOnlyObjectWrapper<>(value.apply(rule.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), null));
        column.setPrefWidth(width);
        column.setMinWidth(width); // headers and short values stay whole; the reason takes the rest
        column.setSortable(false);
        return column;
    }

    /** The colour's name on a chip of that colour. */
    private final class FlagColourCell extends javafx.scene.control.TableCell<FlagRule, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(FlagStyles.ALL);
            FlagRule rule = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            if (rule != null) {
                getStyleClass().add(FlagStyles.of(rule.colour()));
            }
        }
    }

    public void show() {
        dialog.show();
    }
}
