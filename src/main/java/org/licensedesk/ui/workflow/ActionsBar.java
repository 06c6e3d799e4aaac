package org.licensedesk.ui.workflow;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The buttons of the actions the signed-in user may take on the shown application, and only those. */
public final class ActionsBar {
    private final ActionsViewModel viewModel;
    private final Messages messages;
    private final DomainText text;
    private final FlowPane root = new FlowPane();
    private final Label none;
    private final Label caption;

    public ActionsBar(ActionsViewModel viewModel, Messages messages, DomainText text) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.text = text;
        caption = new Label(messages.get("actions.caption"));
        caption.getStyleClass().add(UiStyles.FORM_LABEL);
        none = new Label(messages.get("actions.none"));
        none.setId("actionsNone");
        none.getStyleClass().add(UiStyles.MUTED);
        root.setId("actionsBar");
        root.getStyleClass().add(UiStyles.ACTIONS_BAR);
        viewModel.offeredProperty().addListener((observable, before, offered) -> show(offered));
        viewModel.stateProperty().addListener((observable, before, state) -> show(viewModel.offered()));
        show(viewModel.offered());
    }

    public Node node() {
        return root;
    }

    private void show(List<AuditAction> offered) {
        root.getChildren().setAll(caption);
        if (viewModel.stateProperty().get() == null) {
            root.getChildren().clear();
            return;
        }
        if (offered.isEmpty()) {
            root.getChildren().add(none);
            return;
        }
        for (AuditAction action : offered) {
            root.getChildren().add(button(action));
        }
    }

    private Button button(AuditAction action) {
        Button button = new Button(text.command(action), new FontIcon(ActionIds.icon(action)));
        button.setId(ActionIds.of(action));
        button.setMnemonicParsing(false);
        // The shortcut is on the button, as it is in the Actions menu and the palette.
        button.setTooltip(new Tooltip(messages.format("actions.button.tooltip", text.command(action),
                ActionKeys.text(action))));
        button.getStyleClass().add(Styles.SMALL);
        switch (action) {
            case CLAIMED, ASSESSED, RECOMMENDED_APPROVAL, APPROVED -> button.getStyleClass().add(Styles.ACCENT);
            case DENIED, RECOMMENDED_DENIAL, RETURNED_WITHOUT_ACTION, WITHDRAWN ->
                    button.getStyleClass().add(Styles.DANGER);
            default -> {
                // plain
            }
        }
        button.setOnAction(event -> viewModel.start(action));
        return button;
    }
}
