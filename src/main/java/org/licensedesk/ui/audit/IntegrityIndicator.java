package org.licensedesk.ui.audit;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.ui.UiStyles;

/**
 * The integrity indicator of a supervisor's status bar: icon and text for the state of the audit chain, the details
 * in its tooltip; a click (or Space when focused) checks again. Layout and bindings only.
 */
public final class IntegrityIndicator {
    private final Button button = new Button();

    public IntegrityIndicator(IntegrityViewModel viewModel) {
        button.setId("auditIntegrity");
        button.getStyleClass().addAll(Styles.FLAT, UiStyles.INTEGRITY);
        button.setFocusTraversable(true);
        button.textProperty().bind(viewModel.textProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.textProperty().bind(viewModel.tooltipProperty());
        button.setTooltip(tooltip);
        button.setOnAction(event -> viewModel.verify());
        show(viewModel.stateProperty().get());
        viewModel.stateProperty().addListener((observable, before, state) -> show(state));
    }

    public Node node() {
        return button;
    }

    private void show(IntegrityViewModel.State state) {
        button.getStyleClass().removeAll(UiStyles.INTEGRITY_CLASSES);
        button.setVisible(state != IntegrityViewModel.State.NOT_CHECKED);
        switch (state) {
            case VERIFIED -> {
                button.getStyleClass().add(UiStyles.INTEGRITY_VERIFIED);
                button.setGraphic(new FontIcon("mdi2s-shield-check"));
            }
            case BROKEN -> {
                button.getStyleClass().add(UiStyles.INTEGRITY_BROKEN);
                button.setGraphic(new FontIcon("mdi2s-shield-alert"));
            }
            case FAILED -> {
                button.getStyleClass().add(UiStyles.INTEGRITY_BROKEN);
                button.setGraphic(new FontIcon("mdi2s-shield-off"));
            }
            default -> {
                button.getStyleClass().add(UiStyles.INTEGRITY_PENDING);
                button.setGraphic(new FontIcon("mdi2s-shield-sync"));
            }
        }
    }
}
