package org.licensedesk.ui.team;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.team.TeamService;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TextWidths;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.queue.DaysLeftCell;

/** The Team view's two tables: the reviewers with their counts, and one reviewer's open applications. */
final class TeamTables {
    // The widest a reference gets (EXP-year-serial), so the column never cuts one.
    private static final String REFERENCE_SAMPLE = "EXP-2026-000000";
    private TeamTables() {
    }

    static TableView<ReviewerWorkload> reviewers(Messages messages, DomainText text) {
        ReviewerNames names = new ReviewerNames(messages);
        NumberFormat formats = NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT));
        TableView<ReviewerWorkload> table = new TableView<>();
        table.setId("teamReviewers");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, UiStyles.WRAPPED_HEADERS);
        table.setPlaceholder(new Label(messages.get("team.reviewers.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReviewerWorkload, String> name = new TableColumn<>(messages.get("team.column.reviewer"));
        name.setCellValueFactory(line -> new ReadOnlyObjectWrapper<>(names.of(line.getValue())));
        name.setCellFactory(column -> new FormattedCell<>(Function.identity(), null));
        name.setPrefWidth(220);
        table.getColumns().add(name);
        table.getColumns().add(count(messages.get("team.column.open"), ReviewerWorkload::open, formats));
        for (ApplicationStatus status : ApplicationStatus.openStatuses()) {
            table.getColumns().add(count(text.status(status), line -> line.open(status), formats));
        }
        table.getColumns().add(count(messages.format("team.column.nearing", TeamService.NEARING_WORKING_DAYS),
                ReviewerWorkload::nearing, formats));
        table.getColumns().add(count(messages.get("team.column.past"), ReviewerWorkload::pastDeadline, formats));
        table.getColumns().add(count(messages.format("team.column.decided", TeamService.DECISION_DAYS),
                ReviewerWorkload::decidedRecently, formats));
        return table;
    }

    static TableView<TeamCase> cases(Messages messages, DomainText text) {
        TableView<TeamCase> table = new TableView<>();
        table.setId("teamCases");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("team.cases.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("queue.column.reference"), TeamCase::reference, 170,
                UiStyles.REFERENCE));
        table.getColumns().get(0).setMinWidth(TextWidths.column(REFERENCE_SAMPLE, true));
        table.getColumns().add(column(messages.get("queue.column.applicant"), TeamCase::applicantName, 260, null));
        table.getColumns().add(column(messages.get("queue.column.status"), c -> text.status(c.status()), 190, null));
        TableColumn<TeamCase, Deadline> daysLeft = new TableColumn<>(messages.get("queue.column.daysLeft"));
        daysLeft.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().deadline()));
        daysLeft.setCellFactory(column -> new DaysLeftCell<>(messages));
        daysLeft.setComparator((one, other) -> Integer.compare(one.workingDaysLeft(), other.workingDaysLeft()));
        daysLeft.setPrefWidth(90);
        table.getColumns().add(daysLeft);
        return table;
    }

    private static TableColumn<ReviewerWorkload, Integer> count(String title, Function<ReviewerWorkload, Integer> value,
            NumberFormat formats) {
        TableColumn<ReviewerWorkload, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(line -> new ReadOnlyObjectWrapper<>(value.apply(line.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(formats::format, UiStyles.NUMERIC));
        // Headers wrap (such as "Awaiting / countersignature"); the column keeps room for the longest word.
        column.setMinWidth(TextWidths.longestWord(title, true));
        column.setPrefWidth(Math.max(110, column.getMinWidth()));
        return column;
    }

    private static TableColumn<TeamCase, String> column(String title, Function<TeamCase, String> value, double width,
            String styleClass) {
        TableColumn<TeamCase, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        column.setPrefWidth(width);
        return column;
    }
}
