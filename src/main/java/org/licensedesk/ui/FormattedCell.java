package org.licensedesk.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;

/** A table cell that shows its value through a formatter, with an optional style class (numeric, bold). */
public class FormattedCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> format;

    public FormattedCell(Function<T, String> format, String styleClass) {
        this.format = format;
        if (styleClass != null) {
            getStyleClass().add(styleClass);
        }
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty || value == null ? null : format.apply(value));
    }
}
