package org.licensedesk.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages of the window. Each is named in its own script in the menu, so a user who cannot read the current
 * one still finds theirs. Dates and numbers follow the language, in the user's own regional form where the system's
 * locale speaks the same language (an English user in Britain keeps 29 Nov 2026).
 */
public enum Language {
    ENGLISH("en", "English", Locale.ENGLISH, Locale.ROOT),
    SIMPLIFIED_CHINESE("zh-CN", "简体中文", Locale.SIMPLIFIED_CHINESE, Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final String nativeName;
    private final Locale locale;
    private final Locale bundleLocale;

    Language(String tag, String nativeName, Locale locale, Locale bundleLocale) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = locale;
        this.bundleLocale = bundleLocale;
    }

    /** How the language is stored in the settings file: "en", "zh-CN". */
    public String tag() {
        return tag;
    }

    /** "English", "简体中文": the same in every language. */
    public String nativeName() {
        return nativeName;
    }

    /** The language the system's locale speaks: Chinese for any Chinese locale, English otherwise. */
    public static Language of(Locale systemLocale) {
        return "zh".equals(systemLocale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** The language of a bundle of {@link Messages#BUNDLE}: the root bundle is English. */
    public static Language of(ResourceBundle bundle) {
        return of(bundle.getLocale());
    }

    public static Optional<Language> fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The locale for dates and numbers: the system's own when it speaks this language, else the language's. */
    public Locale locale(Locale systemLocale) {
        return of(systemLocale) == this ? systemLocale : locale;
    }

    /**
     * The texts of this language. English is the root bundle, asked for without the fallback to the system's locale
     * (which would give a Chinese system its Chinese texts when the user chose English).
     */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(Messages.BUNDLE, bundleLocale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Makes this language the JVM's default locale, for what reads it rather than {@link Messages}: JavaFX's own texts
     * (OK and Cancel buttons, a text field's Copy and Paste), country names, percentages.
     */
    public void makeDefault(Locale systemLocale) {
        Locale.setDefault(locale(systemLocale));
    }
}
