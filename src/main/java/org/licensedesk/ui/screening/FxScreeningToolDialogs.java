package org.licensedesk.ui.screening;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** {@link ScreeningToolDialogs} as JavaFX dialogs over the main window. */
public final class FxScreeningToolDialogs implements ScreeningToolDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxScreeningToolDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Integer> askThreshold(int current, int min, int max) {
        Dialog<Integer> dialog = new Dialog<>();
        prepare(dialog, messages.get("screening.threshold.title"));
        dialog.setHeaderText(messages.get("screening.threshold.header"));
        Spinner<Integer> value = new Spinner<>(min, max, current);
        value.setId("screeningThreshold");
        value.setEditable(true);
        value.getEditor().setAccessibleText(messages.get("screening.threshold.title"));
        Label hint = new Label(messages.format("screening.threshold.hint", min, max, current));
        hint.setWrapText(true);
        hint.getStyleClass().add(UiStyles.MUTED);
        VBox content = new VBox(10, value, hint);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("screening.threshold.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            // Typed but not yet committed text counts, so Enter right after typing does what it says.
            try {
                return Math.max(min, Math.min(max, Integer.parseInt(value.getEditor().getText().strip())));
            } catch (NumberFormatException e) {
                return value.getValue();
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<ListFormat> askListFormat() {
        ChoiceDialog<ListFormat> dialog = new ChoiceDialog<>(ListFormat.CSL, List.of(ListFormat.values()));
        prepare(dialog, messages.get("screening.import.title"));
        dialog.setHeaderText(messages.get("screening.import.header"));
        dialog.setContentText(messages.get("screening.import.format"));
        dialog.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<ListFormat> formats = (ComboBox<ListFormat>) box;
                formats.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(ListFormat format) {
                        if (format == null) {
                            return "";
                        }
                        return messages.get(switch (format) {
                            case CSL -> "screening.import.format.csl";
                            case OFAC -> "screening.import.format.ofac";
                            case MOFCOM -> "screening.import.format.mofcom";
                        });
                    }

                    @Override
                    public ListFormat fromString(String text) {
                        throw new UnsupportedOperationException();
                    }
                });
            }
        });
        return dialog.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().getStylesheets().add(FxScreeningToolDialogs.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
    }
}
