package org.licensedesk.ui.dashboard;

import java.awt.image.RenderedImage;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** One chart with its Save as PNG button and context menu. */
final class ChartPanel {
    private final VBox root;

    /**
     * @param name short name of the chart, for ids ({@code name + "Chart"}, {@code name + "Save"}) and file names
     * @param save asked to save the chart under a file name, with the picture taken when needed
     */
    ChartPanel(String name, String fileName, Chart chart, Messages messages,
            BiConsumer<String, Supplier<RenderedImage>> save) {
        chart.setId(name + "Chart");
        chart.setAnimated(false);
        chart.getStyleClass().add(UiStyles.DASHBOARD_CHART);
        chart.setFocusTraversable(false);
        Supplier<RenderedImage> picture = () -> SwingFXUtils.fromFXImage(chart.snapshot(new SnapshotParameters(),
                null), null);
        Button button = new Button(messages.get("dashboard.save"), new FontIcon("mdi2f-file-image"));
        button.setId(name + "Save");
        button.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        button.setTooltip(new Tooltip(messages.get("dashboard.save.tooltip")));
        button.setOnAction(event -> save.accept(fileName, picture));
        MenuItem item = new MenuItem(messages.get("dashboard.save"), new FontIcon("mdi2f-file-image"));
        item.setOnAction(event -> save.accept(fileName, picture));
        ContextMenu menu = new ContextMenu(item);
        chart.setOnContextMenuRequested(event -> menu.show(chart, event.getScreenX(), event.getScreenY()));
        HBox bar = new HBox(button);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        root = new VBox(2, bar, chart);
        root.getStyleClass().add(UiStyles.DASHBOARD_PANEL);
    }

    VBox root() {
        return root;
    }
}
