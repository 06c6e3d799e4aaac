package org.licensedesk.ui.details;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.licensedesk.ui.UiStyles;

/** A two-column form of captions and values under section headings, for reading, not editing. */
final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    FormGrid() {
        grid.getStyleClass().add(UiStyles.FORM_GRID);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(120);
        captions.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(captions, values);
    }

    GridPane node() {
        return grid;
    }

    Label section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add(UiStyles.FORM_SECTION);
        heading.setMaxWidth(Double.MAX_VALUE);
        grid.add(heading, 0, row++, 2, 1);
        return heading;
    }

    /** Shows or hides headings and values, with the captions of the values, taking no room while hidden. */
    static void show(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            for (Node shown : captionAnd(node)) {
                shown.setVisible(visible);
                shown.setManaged(visible);
            }
        }
    }

    private static java.util.List<Node> captionAnd(Node value) {
        java.util.List<Node> nodes = new java.util.ArrayList<>(java.util.List.of(value));
        if (value.getParent() != null) {
            for (Node sibling : value.getParent().getChildrenUnmodifiable()) {
                if (sibling instanceof Label caption && caption.getLabelFor() == value) {
                    nodes.add(caption);
                }
            }
        }
        return nodes;
    }

    /** A one-line value the reviewer may want to copy, such as a name or a code. */
    TextField copyable(String caption, String id) {
        TextField value = copyableField(id);
        add(caption, value);
        return value;
    }

    /** A longer value that wraps, such as an address. */
    Label wrapping(String caption, String id) {
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        add(caption, value);
        return value;
    }

    static TextField copyableField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add(UiStyles.COPYABLE);
        return field;
    }

    private void add(String caption, Node value) {
        Label label = new Label(caption);
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        label.setLabelFor(value);
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        grid.add(value, 1, row++);
    }
}
