package org.licensedesk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The window's texts, from {@code messages.properties} and its translations. Texts with arguments are
 * {@link MessageFormat} patterns; texts without are returned as written, so they need no quote escaping.
 */
public final class Messages {
    public static final String BUNDLE = "org.licensedesk.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Locale.getDefault(Locale.Category.FORMAT);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
