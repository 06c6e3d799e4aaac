package org.licensedesk.ui.workflow;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.UiStyles;

/**
 * A factor's rating as three segments, chosen without opening a list: 1, 2 and 3 pick No concern, Concern and Not
 * applicable and move on to the comment (the next thing a rating needs); Up/Down and Left/Right step through them
 * where they are; 0, Delete or Backspace clear it. The picker is one stop for Tab; its segments take clicks only.
 */
final class RatingPicker {
    private static final List<FactorRating> ORDER = List.of(FactorRating.NO_CONCERN, FactorRating.CONCERN,
            FactorRating.NOT_APPLICABLE);

    private final HBox root = new HBox();
    private final ObjectProperty<FactorRating> rating;
    private final ToggleGroup group = new ToggleGroup();
    private final Runnable afterDigit;

    /** @param afterDigit what follows a rating picked by its number: the pane moves to the factor's comment */
    RatingPicker(ObjectProperty<FactorRating> rating, DomainText text, String factorName, Runnable afterDigit) {
        this.rating = rating;
        this.afterDigit = afterDigit;
        root.getStyleClass().add(UiStyles.RATING_PICKER);
        root.setFocusTraversable(true);
        root.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        for (int i = 0; i < ORDER.size(); i++) {
            FactorRating value = ORDER.get(i);
            ToggleButton segment = new ToggleButton((i + 1) + "  " + text.rating(value));
            segment.setUserData(value);
            segment.setToggleGroup(group);
            segment.setFocusTraversable(false);
            segment.setMnemonicParsing(false);
            segment.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL
                    : i == ORDER.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            // A click on the chosen segment keeps it chosen; clearing is 0, Delete or Backspace.
            segment.setOnAction(event -> {
                rating.set(value);
                segment.setSelected(true);
                root.requestFocus();
            });
            root.getChildren().add(segment);
        }
        rating.addListener((observable, before, value) -> show(value));
        show(rating.get());
        root.accessibleTextProperty().bind(rating.map(value -> factorName + ": " + text.rating(value))
                .orElse(factorName));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    Node node() {
        return root;
    }

    private void show(FactorRating value) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == value));
    }

    private void key(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        int index = rating.get() == null ? -1 : ORDER.indexOf(rating.get());
        int last = ORDER.size() - 1;
        switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> rating.set(ORDER.get(0));
            case DIGIT2, NUMPAD2 -> rating.set(ORDER.get(1));
            case DIGIT3, NUMPAD3 -> rating.set(ORDER.get(2));
            case DOWN, RIGHT -> rating.set(ORDER.get(Math.min(last, index + 1)));
            case UP, LEFT -> rating.set(ORDER.get(index < 0 ? last : Math.max(0, index - 1)));
            case DIGIT0, NUMPAD0, DELETE, BACK_SPACE -> rating.set(null);
            default -> {
                return;
            }
        }
        event.consume();
        if (event.getCode().isDigitKey() && rating.get() != null) {
            afterDigit.run();
        }
    }
}
