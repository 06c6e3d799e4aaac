package org.licensedesk.ui;

import java.util.function.Consumer;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made when the pointer first comes over the control rather than with it: a {@link Tooltip} is
 * a popup window with a scene of its own, and the queue's first page made some 150 of them, five a row, none of which
 * the reviewer had asked to see (issue 11, launch to painted queue). Until it is made, {@link #text()} holds what it
 * will say; screen readers get it at once as the control's accessible help, as they would a tooltip's text.
 */
public final class HoverTooltip {
    private final Control control;
    private final Consumer<Tooltip> shape;
    private String text;
    private Tooltip tooltip;

    public HoverTooltip(Control control) {
        this(control, tooltip -> { });
    }

    /** {@code shape} sets up the tooltip once it is made (wrapping, width). */
    public HoverTooltip(Control control, Consumer<Tooltip> shape) {
        this.control = control;
        this.shape = shape;
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> attach());
    }

    /** What the tooltip says from now on; null for no tooltip. */
    public void show(String text) {
        this.text = text;
        control.setAccessibleHelp(text);
        if (tooltip != null) {
            attach();
        }
    }

    /** What the tooltip says (or will say, once the pointer comes); null for none. */
    public String text() {
        return text;
    }

    private void attach() {
        if (text == null) {
            control.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            shape.accept(tooltip);
        }
        tooltip.setText(text);
        if (control.getTooltip() != tooltip) {
            control.setTooltip(tooltip);
        }
    }
}
