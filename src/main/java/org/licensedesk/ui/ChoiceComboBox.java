package org.licensedesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A combo box that, in a toolbar too narrow for everything, gives way down to the width of the choice it shows and no
 * further. A plain ComboBox keeps the width of its widest item, then cuts its choice to "全…" when squeezed; kept at
 * that width, it took the room the queue's filter field needed for its prompt. The closed box shows its choice in its
 * button cell (the converter's text, as the default cell does, unless another cell is set).
 */
public class ChoiceComboBox<T> extends ComboBox<T> {
    public ChoiceComboBox() {
        setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : getConverter().toString(item));
            }
        });
    }

    /** The current choice whole: the skin's own sum (insets, button cell, arrow) with the cell's preferred width. */
    @Override
    protected double computeMinWidth(double height) {
        ListCell<T> cell = getButtonCell();
        Node arrow = getSkin() == null ? null : lookup(".arrow-button");
        if (cell == null || arrow == null) {
            return super.computeMinWidth(height);
        }
        return snappedLeftInset() + snapSizeX(cell.prefWidth(-1)) + snapSizeX(arrow.prefWidth(-1)) + snappedRightInset();
    }
}
