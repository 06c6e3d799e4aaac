package org.licensedesk.ui.details;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The selected application: a header and its tabs, or a hint while nothing is selected. */
public final class DetailsView {
    private final StackPane root;
    private final DetailsHeader header;
    private final List<DetailsTab> tabs;
    private final BorderPane content;

    public DetailsView(DetailsViewModel viewModel, Messages messages, DomainText text, DisplayFormats formats) {
        header = new DetailsHeader(messages, text, formats);
        // Later tabs (history, screening, related applications) go into this list.
        tabs = List.of(
                new SummaryTab(messages, text, formats),
                new ItemsTab(messages, text, formats),
                new DocumentsTab(messages, text, formats));
        TabPane tabPane = new TabPane();
        tabPane.setId("detailsTabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.forEach(tab -> tabPane.getTabs().add(tab.tab()));
        content = new BorderPane(tabPane, header.node(), null, null, null);

        Label empty = new Label();
        empty.setId("detailsEmpty");
        empty.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        empty.getStyleClass().add(UiStyles.EMPTY_STATE);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        empty.visibleProperty().bind(content.visibleProperty().not());

        root = new StackPane(empty, content);
        root.setId("details");
        viewModel.detailsProperty().addListener((observable, before, details) -> show(details));
        show(viewModel.details());
    }

    public Node root() {
        return root;
    }

    private void show(ApplicationDetails details) {
        content.setVisible(details != null);
        if (details != null) {
            header.show(details);
            tabs.forEach(tab -> tab.show(details));
        }
    }
}
