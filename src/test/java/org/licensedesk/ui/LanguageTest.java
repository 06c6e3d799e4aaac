package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which language the window speaks, and in which form its dates and numbers come. */
class LanguageTest {
    private static final Locale STARTING_LOCALE = Locale.getDefault();

    @AfterEach
    void restoreTheJvmLocale() {
        Locale.setDefault(STARTING_LOCALE);
    }

    @Test
    void anyChineseSystemLocaleGivesChineseAndAnythingElseEnglish() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("zh-CN")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromTag("klingon")).isEmpty();
    }

    @Test
    void datesKeepTheSystemsRegionalFormWhenItSpeaksTheLanguage() {
        assertThat(Language.ENGLISH.locale(Locale.UK)).isEqualTo(Locale.UK);
        assertThat(Language.ENGLISH.locale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.SIMPLIFIED_CHINESE.locale(Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 29);
        assertThat(new DisplayFormats(Locale.UK).date(day)).isEqualTo("29 Nov 2026");
        assertThat(new DisplayFormats(Locale.US).date(day)).isEqualTo("Nov 29, 2026");
        assertThat(new DisplayFormats(Locale.SIMPLIFIED_CHINESE).date(day)).isEqualTo("2026年11月29日");
    }

    @Test
    void englishIsEnglishEvenOnAChineseSystem() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(Language.ENGLISH.bundle().getString("menu.view")).isEqualTo("_View");
        assertThat(Language.SIMPLIFIED_CHINESE.bundle().getString("menu.view")).isEqualTo("视图(_V)");
        Language.ENGLISH.makeDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Locale.getDefault()).isEqualTo(Locale.ENGLISH);
    }
}
