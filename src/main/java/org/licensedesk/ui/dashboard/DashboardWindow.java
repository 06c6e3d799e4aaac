package org.licensedesk.ui.dashboard;

import java.time.YearMonth;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;

/**
 * View → Dashboards: the supervisors' charts in a window of their own beside the main window, one instance, kept
 * when closed. Layout and bindings only; the figures come from the {@link DashboardViewModel}.
 */
public final class DashboardWindow {
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 780;

    private final DashboardViewModel viewModel;
    private final Stage stage = new Stage();
    private final DashboardCharts charts;

    public DashboardWindow(DashboardViewModel viewModel, Messages messages, DisplayFormats formats, Window owner) {
        this.viewModel = viewModel;
        this.charts = new DashboardCharts(messages, new DomainText(messages), formats, new PointNodes(viewModel::open));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(messages.get("dashboard.title"));
        BorderPane root = new BorderPane(tabs(messages), toolbar(messages), null, statusLine(), null);
        root.setId("dashboards");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Theme.applyTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        stage.setScene(scene);
        viewModel.dashboardProperty().addListener((observable, before, after) -> {
            if (after != null) {
                charts.show(after);
            }
        });
        if (viewModel.dashboard() != null) {
            charts.show(viewModel.dashboard());
        }
    }

    /** Shows the window, or brings it to the front; the first time it computes the figures. */
    public void show() {
        if (stage.isShowing()) {
            stage.toFront();
        } else {
            stage.show();
        }
        if (viewModel.dashboard() == null && !viewModel.busyProperty().get()) {
            viewModel.refresh();
        }
    }

    public Stage stage() {
        return stage;
    }

    private HBox toolbar(Messages messages) {
        ComboBox<YearMonth> from = months(viewModel, "dashboardFrom", messages.get("dashboard.from"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        ComboBox<YearMonth> to = months(viewModel, "dashboardTo", messages.get("dashboard.to"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Label fromLabel = new Label(messages.get("dashboard.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(messages.get("dashboard.to"));
        toLabel.setLabelFor(to);
        Button refresh = new Button(messages.get("dashboard.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("dashboardRefresh");
        refresh.setDefaultButton(true);
        refresh.disableProperty().bind(viewModel.busyProperty());
        refresh.setOnAction(event -> viewModel.refresh());
        ProgressBar progress = new ProgressBar();
        progress.setId("dashboardProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.setAccessibleText(messages.get("dashboard.loading"));
        HBox bar = new HBox(8, fromLabel, from, toLabel, to, refresh, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(UiStyles.TOOLBAR);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private static ComboBox<YearMonth> months(DashboardViewModel viewModel, String id, String name) {
        ComboBox<YearMonth> box = new ComboBox<>();
        box.getItems().setAll(viewModel.months());
        box.setId(id);
        box.setAccessibleText(name);
        box.setVisibleRowCount(12);
        return box;
    }

    private TabPane tabs(Messages messages) {
        charts.periodMedian.setOnAction(event -> {
            if (charts.periodMedian.getUserData() instanceof Trace trace) {
                viewModel.open(trace);
            }
        });
        // The weekly bars need the width, so the decisions tab stacks its two charts.
        Tab decisions = new Tab(messages.get("dashboard.tab.decisions"), grid(1,
                panel("weekly", "decisions-per-week", charts.weekly, messages),
                panel("deadline", "within-deadline-per-month", charts.deadline, messages)));
        Tab goods = new Tab(messages.get("dashboard.tab.goods"), grid(2,
                panel("approvalRate", "approval-rate-per-element", charts.approvalRate, messages),
                panel("elementKg", "approved-kg-per-element", charts.elementKg, messages),
                panel("country", "approved-kg-per-destination", charts.countries, messages)));
        Region median = panel("median", "median-working-days", charts.median, messages);
        VBox timing = new VBox(4, charts.periodMedian, median);
        VBox.setVgrow(median, Priority.ALWAYS);
        Tab open = new Tab(messages.get("dashboard.tab.open"), grid(2,
                panel("age", "open-by-age", charts.age, messages), timing));
        TabPane tabs = new TabPane(decisions, goods, open);
        tabs.setId("dashboardTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Region panel(String name, String fileName, Chart chart, Messages messages) {
        return new ChartPanel(name, fileName, chart, messages, viewModel::save).root();
    }

    /** The panels row by row, {@code columns} a row; a last panel alone in its row spans it. */
    private static GridPane grid(int columns, Region... panels) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        for (int i = 0; i < panels.length; i++) {
            boolean alone = i == panels.length - 1 && i % columns == 0;
            grid.add(panels[i], i % columns, i / columns, alone ? columns : 1, 1);
            GridPane.setHgrow(panels[i], Priority.ALWAYS);
            GridPane.setVgrow(panels[i], Priority.ALWAYS);
            panels[i].setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        return grid;
    }

    private Label statusLine() {
        Label status = new Label();
        status.setId("dashboardStatus");
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add(UiStyles.MUTED);
        status.setPadding(new Insets(4, 10, 6, 10));
        return status;
    }
}
