package org.licensedesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TextWidths;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.queue.DaysLeftCell;

/**
 * The applications behind a dashboard figure that counts applications (an age bar): one line each, the longest
 * overdue first; Enter or a double-click opens one in the main window. A window of its own, so the figure and its
 * applications can be read side by side.
 */
public final class ApplicationListWindow {
    private static final String REFERENCE_SAMPLE = "EXP-2026-000000";

    private final Stage stage = new Stage();

    public ApplicationListWindow(ApplicationList list, Messages messages, DomainText text, Window owner,
            Consumer<String> open) {
        TableView<QueueRow> table = new TableView<>();
        table.setId("figureApplications");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<QueueRow, String> reference = column(messages.get("queue.column.reference"), QueueRow::reference,
                UiStyles.REFERENCE);
        reference.setMinWidth(TextWidths.column(REFERENCE_SAMPLE, true));
        TableColumn<QueueRow, String> applicant = column(messages.get("queue.column.applicant"),
                QueueRow::applicantName, null);
        applicant.setPrefWidth(280);
        TableColumn<QueueRow, String> status = column(messages.get("queue.column.status"),
                row -> text.status(row.status()), null);
        status.setPrefWidth(200);
        TableColumn<QueueRow, Deadline> daysLeft = new TableColumn<>(messages.get("queue.column.daysLeft"));
        daysLeft.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().deadline()));
        daysLeft.setCellFactory(column -> new DaysLeftCell<>(messages));
        daysLeft.setMinWidth(TextWidths.column(messages.get("queue.column.daysLeft"), true));
        table.getColumns().setAll(List.of(reference, applicant, status, daysLeft));
        table.getItems().setAll(list.rows());
        table.getSelectionModel().selectFirst();
        Runnable openSelected = () -> {
            QueueRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                open.accept(row.reference());
            }
        };
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected.run();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                openSelected.run();
            }
        });
        Label title = new Label(list.title());
        title.setId("figureApplicationsTitle");
        title.getStyleClass().add(UiStyles.DIALOG_HEADLINE);
        title.setWrapText(true);
        Label hint = new Label(messages.get("dashboard.applications.hint"));
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        BorderPane root = new BorderPane(table, title, null, hint, null);
        BorderPane.setMargin(title, new Insets(12, 12, 8, 12));
        BorderPane.setMargin(hint, new Insets(8, 12, 12, 12));
        Scene scene = new Scene(root, 820, 520);
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(list.title());
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static TableColumn<QueueRow, String> column(String title, Function<QueueRow, String> value,
            String styleClass) {
        TableColumn<QueueRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        return column;
    }
}
