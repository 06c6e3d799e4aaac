package org.licensedesk.ui.main;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.queue.QueueService;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.details.DetailsView;
import org.licensedesk.ui.details.DetailsViewModel;
import org.licensedesk.ui.queue.QueueView;
import org.licensedesk.ui.queue.QueueViewModel;
import org.licensedesk.ui.task.TaskExecutor;

/** The main window: menu bar, the queue beside the selected application's details, and the status bar. */
public final class MainWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    // Long enough that holding an arrow key does not load every row it passes, short enough not to be seen.
    private static final Duration DETAILS_DELAY = Duration.millis(100);

    private final MainViewModel viewModel;
    private final Messages messages;
    private final QueueView queueView;
    private final BorderPane root;

    MainWindow(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        DomainText text = new DomainText(messages);
        DisplayFormats formats = DisplayFormats.forUser();
        this.queueView = new QueueView(viewModel.queue(), messages, text, formats);
        DetailsView detailsView = new DetailsView(viewModel.details(), messages, text, formats);

        SplitPane split = new SplitPane(queueView.root(), detailsView.root());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(detailsView.root(), false);
        root = new BorderPane(split, menuBar(), null, statusBar(), null);
        followSelection();
    }

    /**
     * Builds the main window on open services. Tests call this with a temporary database.
     *
     * @param databaseLocation shown in the title and status bar, so the user knows which database is open
     */
    public static MainWindow create(QueueService queue, Path databaseLocation, TaskExecutor executor,
            DialogService dialogs, ResourceBundle bundle) {
        Messages messages = new Messages(bundle);
        QueueViewModel queueModel = new QueueViewModel(queue::queue, executor, dialogs, messages);
        DetailsViewModel detailsModel = new DetailsViewModel(queue::details, executor, dialogs, messages);
        MainViewModel main = new MainViewModel(databaseLocation, queueModel, detailsModel, executor.activity(),
                dialogs, messages);
        return new MainWindow(main, messages);
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Puts the window on the stage, shows it and starts loading the queue. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(viewModel.windowTitle());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        viewModel.queue().reload();
    }

    private void followSelection() {
        PauseTransition pause = new PauseTransition(DETAILS_DELAY);
        pause.setOnFinished(event -> viewModel.details().show(viewModel.queue().selectedReference()));
        viewModel.queue().selectedReferenceProperty().addListener((observable, before, after) -> {
            if (after == null) {
                pause.stop();
                viewModel.details().show(null);
            } else {
                pause.playFromStart();
            }
        });
    }

    private MenuBar menuBar() {
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> root.getScene().getWindow().hide());
        MenuItem find = item("menu.view.filter", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setGraphic(new FontIcon("mdi2m-magnify"));
        find.setOnAction(event -> queueView.focusFilter());
        MenuItem refresh = item("menu.view.refresh", new KeyCodeCombination(KeyCode.F5));
        refresh.setGraphic(new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(event -> viewModel.refresh());
        MenuItem about = item("menu.help.about", null);
        about.setOnAction(event -> viewModel.showAbout());
        return new MenuBar(
                new Menu(messages.get("menu.file"), null, quit),
                new Menu(messages.get("menu.view"), null, find, refresh),
                new Menu(messages.get("menu.help"), null, about));
    }

    private MenuItem item(String key, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        return item;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(viewModel.activityText());
        bar.progressProperty().bind(viewModel.progress());
        Label database = new Label(viewModel.databaseText(), new FontIcon("mdi2d-database"));
        database.setId("databasePath");
        database.getStyleClass().add(UiStyles.STATUS_DATABASE);
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.setGraphic(new FontIcon("mdi2f-format-list-bulleted"));
        counts.textProperty().bind(viewModel.countsText());
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.setPadding(new Insets(0, 4, 0, 10));
        bar.getLeftItems().addAll(database, separator);
        bar.getRightItems().add(counts);
        return bar;
    }
}
