package org.licensedesk.ui.team;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;

/**
 * View → Team: a window of its own beside the main window (owned by it, not modal), with the reviewers on top and
 * the chosen reviewer's open applications below. Layout and bindings only.
 */
public final class TeamWindow {
    private static final KeyCombination REASSIGN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final TeamViewModel viewModel;
    private final Stage stage = new Stage();
    private final TableView<ReviewerWorkload> reviewers;
    private final TableView<TeamCase> cases;
    private boolean following;

    public TeamWindow(TeamViewModel viewModel, Messages messages, DomainText text, Window owner) {
        this.viewModel = viewModel;
        reviewers = TeamTables.reviewers(messages, text);
        cases = TeamTables.cases(messages, text);
        followReviewers();
        cases.getItems().setAll(viewModel.casesProperty().get());
        viewModel.casesProperty().addListener((observable, before, after) -> cases.getItems().setAll(after));
        cases.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        cases.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });

        Button reassign = new Button(messages.get("team.reassign"), new FontIcon("mdi2a-account-switch"));
        reassign.setId("teamReassign");
        reassign.getStyleClass().add(Styles.ACCENT);
        reassign.disableProperty().bind(Bindings.isEmpty(cases.getSelectionModel().getSelectedItems()));
        reassign.setOnAction(event -> startReassign());
        Button refresh = new Button(messages.get("team.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("teamRefresh");
        refresh.setOnAction(event -> viewModel.reload());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("teamProgress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        Label message = new Label();
        message.setId("teamMessage");
        message.getStyleClass().add(UiStyles.MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(8, reassign, refresh, progress, gap, message);
        toolbar.getStyleClass().add(UiStyles.TOOLBAR);

        Label casesTitle = new Label();
        casesTitle.setId("teamCasesTitle");
        casesTitle.getStyleClass().add(UiStyles.FORM_SECTION);
        casesTitle.textProperty().bind(viewModel.casesTitle());
        VBox casesPane = new VBox(6, casesTitle, cases);
        VBox.setVgrow(cases, Priority.ALWAYS);
        SplitPane split = new SplitPane(reviewers, casesPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);

        Scene scene = new Scene(new BorderPane(split, toolbar, null, null, null), 1080, 640);
        Theme.applyTo(scene);
        scene.getAccelerators().put(REASSIGN, this::startReassign);
        scene.getAccelerators().put(REFRESH, viewModel::reload);
        stage.setScene(scene);
        stage.setTitle(messages.get("team.title"));
        stage.initOwner(owner);
        stage.setMinWidth(720);
        stage.setMinHeight(420);
    }

    /** Shows the window and loads the figures again; when it is open already, brings it to the front. */
    public void show() {
        if (stage.isShowing()) {
            stage.toFront();
            stage.requestFocus();
        } else {
            stage.show();
        }
        viewModel.reload();
    }

    public Stage stage() {
        return stage;
    }

    /** Opens the focused application in the main window and brings that window forward to show it. */
    private void openSelected() {
        TeamCase chosen = cases.getFocusModel().getFocusedItem();
        if (chosen != null) {
            viewModel.open(chosen);
            if (stage.getOwner() instanceof Stage main) {
                main.toFront();
            }
        }
    }

    private void startReassign() {
        viewModel.startReassign(List.copyOf(cases.getSelectionModel().getSelectedItems()));
    }

    /** The table follows the view model's lines and chosen line, and the user's choice goes back to it. */
    private void followReviewers() {
        viewModel.linesProperty().addListener((observable, before, lines) -> {
            following = true;
            reviewers.getItems().setAll(lines);
            reviewers.getSelectionModel().select(viewModel.selectedLineProperty().get());
            following = false;
        });
        viewModel.selectedLineProperty().addListener((observable, before, line) -> {
            if (!following && reviewers.getSelectionModel().getSelectedItem() != line) {
                following = true;
                reviewers.getSelectionModel().select(line);
                following = false;
            }
        });
        reviewers.getSelectionModel().selectedItemProperty().addListener((observable, before, line) -> {
            if (!following && line != null) {
                viewModel.selectedLineProperty().set(line);
            }
        });
    }
}
