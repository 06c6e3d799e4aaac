package org.licensedesk.ui.calendar;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.calendar.CalendarService.YearCoverage;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** Tools → Working-day calendar…: the covered years and where each comes from, with Import… for supervisors. */
public final class CalendarDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public CalendarDialog(CalendarViewModel viewModel, Messages messages, Window owner) {
        ZoneId zone = viewModel.zone();
        dialog.setTitle(messages.get("calendar.title"));
        dialog.setHeaderText(messages.get("calendar.header"));
        dialog.setGraphic(new FontIcon("mdi2c-calendar-month"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(CalendarDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("calendarDialog");

        TableView<YearCoverage> table = new TableView<>(viewModel.years());
        table.setId("calendarYears");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("calendar.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("calendar.column.year"), year -> String.valueOf(year.year()), 70));
        table.getColumns().add(column(messages.get("calendar.column.holidays"),
                year -> String.valueOf(year.holidays()), 100));
        table.getColumns().add(column(messages.get("calendar.column.workdays"),
                year -> String.valueOf(year.workdays()), 180));
        table.getColumns().add(column(messages.get("calendar.column.source"), year -> year.imported() == null
                ? messages.get("calendar.source.bundled")
                : messages.format("calendar.source.imported", year.imported().importedBy(),
                        WHEN.format(year.imported().importedAt().atZone(zone)),
                        year.imported().fileSha256().substring(0, 12)), 300));
        table.setPrefSize(760, 240);
        dialog.getDialogPane().setPrefWidth(800);

        Button importButton = new Button(messages.get("calendar.import"), new FontIcon("mdi2f-file-import"));
        importButton.setId("calendarImport");
        importButton.setVisible(viewModel.mayImport());
        importButton.setManaged(viewModel.mayImport());
        importButton.setOnAction(event -> viewModel.importFile());
        Label note = new Label(messages.get("calendar.note"));
        note.setWrapText(true);
        note.getStyleClass().add(UiStyles.MUTED);
        HBox buttons = new HBox(8, importButton);
        buttons.getStyleClass().add(UiStyles.TOOLBAR);
        dialog.getDialogPane().setContent(new BorderPane(table, buttons, null, note, null));
        viewModel.load();
    }

    private static TableColumn<YearCoverage, String> column(String title, Function<YearCoverage, String> value,
                                                            double width) {
        TableColumn<YearCoverage, String> column = new TableColumn<>(title);
        column.setCellValueFactory(year -> new ReadOnlyObjectWrapper<>(value.apply(year.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), null));
        column.setPrefWidth(width);
        column.setMinWidth(width); // the headers are short words that must stay whole
        return column;
    }

    public void show() {
        dialog.show();
    }
}
