package org.licensedesk.ui.details;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.flags.ApplicationFlagsViewModel;
import org.licensedesk.ui.flags.FlagStyles;
import org.licensedesk.ui.flags.FlagTexts;

/**
 * The application's risk flags (issue 13) at the top of the Summary tab, open ones first: colour, subject, rule,
 * reason, who raised it and when, whether it blocks the approval, and for a cleared one who cleared it, when and why.
 * An open flag the official may clear has a Clear… button. Hidden while the application has no flags.
 */
final class FlagsSection {
    private final ApplicationFlagsViewModel viewModel;
    private final Messages messages;
    private final DisplayFormats formats;
    private final Label heading = new Label();
    private final VBox entries = new VBox();
    private final VBox root;

    FlagsSection(ApplicationFlagsViewModel viewModel, Messages messages, DisplayFormats formats) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.formats = formats;
        heading.setId("detailsFlagsHeading");
        heading.getStyleClass().add(UiStyles.FORM_SECTION);
        heading.setMaxWidth(Double.MAX_VALUE);
        root = new VBox(heading, entries);
        root.setId("detailsFlags");
        root.getStyleClass().add(UiStyles.FLAGS_SECTION);
        root.managedProperty().bind(root.visibleProperty());
        viewModel.flagsProperty().addListener((observable, before, flags) -> show(flags));
        show(viewModel.flags());
    }

    Node node() {
        return root;
    }

    private void show(List<Flag> flags) {
        root.setVisible(!flags.isEmpty());
        long open = flags.stream().filter(Flag::open).count();
        heading.setText(messages.format("flags.details.heading", open, flags.size() - open));
        List<Node> shown = new ArrayList<>();
        for (Flag flag : flags) {
            shown.add(entry(flag));
        }
        entries.getChildren().setAll(shown);
    }

    private Node entry(Flag flag) {
        FontIcon icon = new FontIcon(flag.blocks() ? "mdi2o-octagon" : "mdi2f-flag-variant");
        icon.setIconSize(16);
        Label title = new Label(title(flag), icon);
        title.setId("detailsFlagTitle-" + flag.id());
        title.getStyleClass().add(FlagStyles.of(flag.rule().colour()));
        title.setWrapText(true);
        Label body = new Label(body(flag));
        body.setId("detailsFlag-" + flag.id());
        body.setWrapText(true);
        VBox text = new VBox(2, title, body);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox entry = new HBox(text);
        entry.getStyleClass().add(UiStyles.FLAG_ENTRY);
        entry.setAlignment(Pos.TOP_LEFT);
        if (!flag.open()) {
            entry.getStyleClass().add(UiStyles.FLAG_CLEARED);
        } else if (viewModel.mayClear(flag)) {
            Button clear = new Button(messages.get("flags.clear.action"), new FontIcon("mdi2f-flag-variant-remove"));
            clear.setId("flagClear-" + flag.id());
            clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            clear.setAccessibleText(messages.format("flags.clear.accessible", title(flag)));
            clear.setOnAction(event -> viewModel.clear(flag));
            entry.getChildren().add(clear);
        }
        return entry;
    }

    /** "Red flag on the end user · blocks the approval" (or "· cleared"). */
    private String title(Flag flag) {
        String what = messages.format("flags.details.title", FlagTexts.colour(messages, flag.rule().colour()),
                FlagTexts.subject(messages, flag.subject()));
        if (!flag.open()) {
            return messages.format("flags.details.titleCleared", what);
        }
        return flag.blocks() ? messages.format("flags.details.titleBlocking", what) : what;
    }

    /** The rule and its reason; raised by and when; cleared by, when and the note, or who may clear it. */
    private String body(Flag flag) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("flags.details.rule", flag.rule().id(),
                messages.get("flagRules.kind." + flag.rule().kind().name()), flag.rule().parameter(),
                flag.rule().reason()));
        lines.add(messages.format("flags.details.raised", flag.raisedBy(), formats.dateTime(flag.raisedAt())));
        if (flag.open()) {
            lines.add(messages.format("flags.details.clearedBy", FlagTexts.clearer(messages, flag.rule())));
        } else {
            lines.add(messages.format("flags.details.cleared", flag.clearedBy(), formats.dateTime(flag.clearedAt()),
                    flag.clearNote()));
        }
        if (!flag.rule().active()) {
            lines.add(messages.get("flags.details.ruleRemoved"));
        }
        return String.join("\n", lines);
    }
}
