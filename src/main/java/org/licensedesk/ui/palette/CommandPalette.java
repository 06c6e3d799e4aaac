package org.licensedesk.ui.palette;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;

/**
 * The command palette (Ctrl+K): a small window over the main one with a filter field and the commands that match.
 * Typing filters, Up/Down choose, Enter runs the chosen command after the palette has closed, Escape or a click
 * elsewhere closes it. Layout and keys only: {@link PaletteViewModel} filters.
 */
public final class CommandPalette {
    private static final double WIDTH = 600;
    private static final double HEIGHT = 420;

    private final PaletteViewModel viewModel;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final TextField filter = new TextField();
    private final ListView<PaletteCommand> list = new ListView<>();
    private boolean running;

    public CommandPalette(PaletteViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        filter.setId("paletteFilter");
        filter.setPromptText(messages.get("palette.prompt"));
        filter.setAccessibleText(messages.get("palette.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        list.setId("paletteList");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new CommandCell());
        Label empty = new Label(messages.get("palette.none"));
        empty.getStyleClass().add(UiStyles.MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(messages.get("palette.hint"));
        hint.getStyleClass().add(UiStyles.MUTED);
        VBox root = new VBox(8, filter, list, hint);
        root.setId("commandPalette");
        root.getStyleClass().add(UiStyles.COMMAND_PALETTE);
        root.setPrefSize(WIDTH, HEIGHT);

        show(viewModel.shownProperty().get());
        viewModel.shownProperty().addListener((observable, before, shown) -> show(shown));
        viewModel.chosenProperty().addListener((observable, before, chosen) -> select(chosen));
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> viewModel.choose(
                item));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                runChosen();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        Scene scene = new Scene(root);
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("palette.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // A click in another window means the user went elsewhere: the palette goes.
        stage.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused && !running && stage.isShowing()) {
                stage.hide();
            }
        });
    }

    /** Shows the palette at the top of its owner, with the filter focused. */
    public void show() {
        Window owner = stage.getOwner();
        if (owner != null) {
            stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2));
            stage.setY(owner.getY() + Math.min(96, Math.max(0, owner.getHeight() - HEIGHT) / 2));
        }
        stage.show();
        filter.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> viewModel.move(1);
            case UP -> viewModel.move(-1);
            case PAGE_DOWN -> viewModel.move(8);
            case PAGE_UP -> viewModel.move(-8);
            case ENTER -> runChosen();
            case ESCAPE -> stage.hide();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Closes first, so the command's own dialog opens over the main window, not behind the palette. */
    private void runChosen() {
        PaletteCommand chosen = viewModel.chosenCommand();
        if (chosen == null) {
            return;
        }
        running = true;
        stage.hide();
        Platform.runLater(chosen.action());
    }

    private void show(List<PaletteCommand> shown) {
        list.getItems().setAll(shown);
        select(viewModel.chosenCommand());
    }

    private void select(PaletteCommand chosen) {
        if (chosen == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(chosen);
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
    }

    /** A command: its name, the menu it is in, and its shortcut on the right. */
    private static final class CommandCell extends ListCell<PaletteCommand> {
        private final Label name = new Label();
        private final Label menu = new Label();
        private final Label shortcut = new Label();
        private final HBox line;

        CommandCell() {
            menu.getStyleClass().add(UiStyles.MUTED);
            shortcut.getStyleClass().addAll(UiStyles.MUTED, UiStyles.PALETTE_SHORTCUT);
            name.setMinWidth(Region.USE_PREF_SIZE);
            shortcut.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(10, name, menu, gap, shortcut);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PaletteCommand command, boolean empty) {
            super.updateItem(command, empty);
            setText(null);
            if (empty || command == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(command.name());
            menu.setText(command.menu());
            shortcut.setText(command.shortcut());
            setAccessibleText(command.name() + (command.shortcut().isEmpty() ? "" : ", " + command.shortcut()));
            setGraphic(line);
        }
    }
}
