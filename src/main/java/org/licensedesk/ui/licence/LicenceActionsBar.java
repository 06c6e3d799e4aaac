package org.licensedesk.ui.licence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.licensedesk.ui.UiStyles;

/**
 * The row of a licence's (or a denied application's appeal's) actions: a button per command the shown case offers,
 * disabled with the reason in its tooltip when the user may not take it now (a reviewer's Suspend says only a
 * supervisor may), the open amendment or appeal, and what the last action did.
 */
public final class LicenceActionsBar {
    private final LicenceActionsViewModel viewModel;
    private final List<LicenceCommand> commands;
    private final Map<LicenceCommand, Button> buttons = new EnumMap<>(LicenceCommand.class);
    private final Map<LicenceCommand, StackPane> holders = new EnumMap<>(LicenceCommand.class);
    private final Label situation = new Label();
    private final VBox root;
    private boolean shortcutsInstalled;

    public LicenceActionsBar(LicenceActionsViewModel viewModel, List<LicenceCommand> commands) {
        this.viewModel = viewModel;
        this.commands = List.copyOf(commands);
        FlowPane row = new FlowPane(6, 6);
        row.getStyleClass().add(UiStyles.LICENCE_ACTIONS);
        for (LicenceCommand command : commands) {
            Button button = new Button(viewModel.name(command));
            button.setId(command.buttonId());
            button.setOnAction(event -> viewModel.perform(command, button));
            button.setMinWidth(Region.USE_PREF_SIZE);
            // A disabled button shows no tooltip: its holder shows why it is disabled.
            StackPane holder = new StackPane(button);
            holders.put(command, holder);
            buttons.put(command, button);
            row.getChildren().add(holder);
        }
        situation.setId("licenceActionsSituation");
        situation.setWrapText(true);
        situation.getStyleClass().add(UiStyles.MUTED);
        Label status = new Label();
        status.setId("licenceActionsStatus");
        status.setWrapText(true);
        status.getStyleClass().add(UiStyles.LICENCE_ACTIONS_STATUS);
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        situation.visibleProperty().bind(situation.textProperty().isNotEmpty());
        situation.managedProperty().bind(situation.visibleProperty());
        root = new VBox(4, row, situation, status);
        root.setId("licenceActions");
        root.getStyleClass().add(UiStyles.LICENCE_ACTIONS);
        viewModel.changesProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    private void refresh() {
        boolean any = false;
        for (LicenceCommand command : commands) {
            Button button = buttons.get(command);
            StackPane holder = holders.get(command);
            boolean offered = viewModel.offered(command);
            any |= offered;
            holder.setVisible(offered);
            holder.setManaged(offered);
            Optional<String> why = viewModel.unavailable(command);
            button.setDisable(why.isPresent());
            String shortcut = command.shortcut().filter(key -> shortcutsInstalled).map(key -> " (" + key.getDisplayText()
                    + ")").orElse("");
            String tip = why.orElse(viewModel.name(command) + shortcut);
            button.setAccessibleHelp(tip);
            Tooltip.install(holder, new Tooltip(tip));
        }
        situation.setText(viewModel.situation());
        root.setVisible(any);
        root.setManaged(any);
    }

    /** Gives the commands their Ctrl+Shift+letter in this scene (the Licences window). */
    public void installShortcuts(Scene scene) {
        shortcutsInstalled = true;
        for (LicenceCommand command : commands) {
            command.shortcut().ifPresent(key -> scene.getAccelerators().put(key,
                    () -> viewModel.perform(command, root)));
        }
        refresh();
    }

    public VBox root() {
        return root;
    }

    /** The button of a command, for tests and focus. */
    Button button(LicenceCommand command) {
        return buttons.get(command);
    }
}
