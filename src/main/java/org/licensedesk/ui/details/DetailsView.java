package org.licensedesk.ui.details;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.flags.ApplicationFlagsViewModel;
import org.licensedesk.ui.screening.ScreeningViewModel;

/**
 * The selected application: a header with where it stands in the workflow, the actions the signed-in user may
 * take, and its tabs; or a hint while nothing is selected. A pane can be docked on its right (the assessment), so
 * the reviewer reads the application while filling it in.
 */
public final class DetailsView {
    // The docked pane's share of the details when it opens; the rest keeps the header, actions and tabs.
    private static final double DOCK_WIDTH = 470;
    private static final double DETAILS_MIN_SHARE = 0.4;

    private final SplitPane root = new SplitPane();
    private final StackPane details;
    private final Label empty;
    private Node docked;
    private final ObservableValue<WorkflowState> workflow;
    /** Makes the header, actions and tabs: on the first application shown, or a tab asked for before that. */
    private final Supplier<Content> build;
    private Content content;
    /** Tabs whose content is not in the window yet, with that content. */
    private final Map<Tab, Node> detached = new HashMap<>();
    private boolean allTabsAttached;

    /** The header, the actions under it and the tabs: made once, when first needed. */
    private record Content(DetailsHeader header, List<DetailsTab> tabs, ScreeningTab screeningTab, TabPane tabPane,
            BorderPane pane) {
    }

    /**
     * @param workflow the shown application's workflow state, for the header's facts
     * @param actions  the actions bar, shown under the header
     */
    public DetailsView(DetailsViewModel viewModel, HistoryViewModel history, RelatedViewModel related,
            LicenceViewModel licence, ScreeningViewModel screening, ApplicationFlagsViewModel flags,
            ObservableValue<WorkflowState> workflow, Node actions, Messages messages, DomainText text,
            DisplayFormats formats) {
        this.workflow = workflow;
        // The header, actions and tabs are made and join the window with the first application shown (show): until
        // then only the empty state is there, so the main window's build, first CSS pass and layout skip what they
        // cannot show yet (issue 11, launch to painted queue: 221 of the window's 407 nodes at that pass, and 40-76
        // ms of the FX thread's CPU to make them).
        build = () -> {
            DetailsHeader header = new DetailsHeader(messages, text, formats);
            // History stays last (showHistory).
            ScreeningTab screeningTab = new ScreeningTab(screening, messages, formats);
            List<DetailsTab> tabs = List.of(
                    new SummaryTab(messages, text, formats, new FlagsSection(flags, messages, formats).node()),
                    new ItemsTab(messages, text, formats),
                    new DocumentsTab(messages, text, formats, viewModel::document),
                    screeningTab,
                    new RelatedTab(related, messages, text, formats),
                    new LicenceTab(licence, messages, text, formats),
                    new HistoryTab(history, messages, text, formats));
            TabPane tabPane = new TabPane();
            tabPane.setId("detailsTabs");
            tabPane.getStyleClass().add(UiStyles.DETAILS_TABS);
            tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.forEach(tab -> tabPane.getTabs().add(tab.tab()));
            return new Content(header, tabs, screeningTab, tabPane,
                    new BorderPane(tabPane, new VBox(header.node(), actions), null, null, null));
        };

        empty = new Label();
        empty.setId("detailsEmpty");
        empty.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        empty.getStyleClass().add(UiStyles.EMPTY_STATE);
        empty.textProperty().bind(viewModel.emptyTextProperty());

        details = new StackPane(empty);
        details.setId("details");
        root.getItems().add(details);
        root.setId("detailsDock");
        root.getStyleClass().add(UiStyles.EDGE_TO_EDGE);
        viewModel.detailsProperty().addListener((observable, before, details) -> show(details));
        show(viewModel.details());
        workflow.addListener((observable, before, state) -> {
            if (content != null) {
                content.header().showWorkflow(state);
            }
        });
    }

    /** The header, actions and tabs, made now if they were not yet; in the window, though hidden until shown. */
    private Content content() {
        if (content == null) {
            content = build.get();
            content.header().showWorkflow(workflow.getValue());
            if (!allTabsAttached) {
                content.tabPane().getTabs().forEach(this::attachWhenChosen);
            }
            content.pane().setVisible(false);
            details.getChildren().add(content.pane());
        }
        return content;
    }

    /**
     * At first only the chosen tab's content is in the window: the others get their styles, skins and layout once
     * the queue has been painted ({@link #attachAllTabs}), or when chosen before that (issue 11, launch to painted
     * queue: they were half of the main window's first CSS and layout pass).
     */
    private void attachWhenChosen(Tab tab) {
        if (tab.isSelected()) {
            return;
        }
        detached.put(tab, tab.getContent());
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    attach(tab);
                }
            }
        });
    }

    private void attach(Tab tab) {
        Node body = detached.remove(tab);
        if (body != null) {
            tab.setContent(body);
        }
    }

    /**
     * Puts every tab's content in the window, and any made later at once; the main window calls it once its queue has
     * been painted.
     */
    public void attachAllTabs() {
        allTabsAttached = true;
        List.copyOf(detached.keySet()).forEach(this::attach);
    }

    /** Brings the History tab to the front. */
    public void showHistory() {
        Content shown = content();
        shown.tabPane().getSelectionModel().select(shown.tabs().get(shown.tabs().size() - 1).tab());
    }

    /** Brings the Screening tab to the front, with its table focused for the arrow keys. */
    public void showScreening() {
        Content shown = content();
        shown.tabPane().getSelectionModel().select(shown.screeningTab().tab());
        shown.screeningTab().focus();
    }

    public Node root() {
        return root;
    }

    /** Docks a pane on the right of the details (one at a time), about {@value #DOCK_WIDTH} pixels wide. */
    public void dock(Node pane) {
        undock();
        docked = pane;
        SplitPane.setResizableWithParent(pane, false);
        root.getItems().add(pane);
        double width = root.getWidth();
        root.setDividerPositions(width <= 0 ? 0.55 : Math.max(DETAILS_MIN_SHARE, 1 - DOCK_WIDTH / width));
    }

    /** Removes the docked pane, if any; the tabs take the focus back. */
    public void undock() {
        if (docked == null) {
            return;
        }
        boolean hadFocus = root.getScene() != null && isInside(root.getScene().getFocusOwner(), docked);
        root.getItems().remove(docked);
        docked = null;
        if (hadFocus && content != null) {
            content.tabPane().requestFocus();
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private void show(ApplicationDetails details) {
        empty.setVisible(details == null);
        if (details == null && content == null) {
            return;
        }
        Content shown = content();
        shown.pane().setVisible(details != null);
        if (details != null) {
            shown.header().show(details);
            shown.tabs().forEach(tab -> tab.show(details));
        }
    }
}
