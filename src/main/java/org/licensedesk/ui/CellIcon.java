package org.licensedesk.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An icon a table cell shows for some rows only (a flag, a warning mark): made the first time a row needs it, not
 * with the cell, since most rows have none (issue 11, the queue's first paint made four icons a row).
 */
public final class CellIcon {
    private final String literal;
    private final int size;
    private final String[] styleClasses;
    private FontIcon icon;

    public CellIcon(String literal, int size, String... styleClasses) {
        this.literal = literal;
        this.size = size;
        this.styleClasses = styleClasses.clone();
    }

    /** The icon, made now if no row needed it before. */
    public FontIcon get() {
        if (icon == null) {
            icon = new FontIcon(literal);
            icon.setIconSize(size);
            icon.getStyleClass().addAll(styleClasses);
        }
        return icon;
    }
}
