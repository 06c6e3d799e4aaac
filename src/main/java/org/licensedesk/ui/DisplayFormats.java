package org.licensedesk.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How amounts and dates look in the window, in the user's language: amounts formatted from the exact decimals
 * (never through double), with the locale's grouping; dates in the locale's medium form (Nov 29, 2026 or
 * 2026年11月29日), times on the 24-hour clock. Files, exports and the audit trail keep ISO dates. For the FX thread
 * only: the decimal formats are not thread-safe.
 */
public final class DisplayFormats {
    private final DecimalFormat quantity;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DecimalFormat money;
    private final ZoneId zone;

    public DisplayFormats(Locale locale) {
        this(locale, ZoneId.systemDefault());
    }

    /** @param zone where times are shown, the user's time zone */
    public DisplayFormats(Locale locale, ZoneId zone) {
        this.zone = zone;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.quantity = new DecimalFormat("#,##0.###", symbols);
        this.money = new DecimalFormat("#,##0.00", symbols);
        String datePattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        this.date = DateTimeFormatter.ofPattern(datePattern, locale);
        this.dateTime = DateTimeFormatter.ofPattern(datePattern + " HH:mm", locale);
    }

    public static DisplayFormats forUser() {
        return new DisplayFormats(Locale.getDefault(Locale.Category.FORMAT));
    }

    public String quantity(BigDecimal value) {
        return value == null ? "" : quantity.format(value);
    }

    public String money(BigDecimal value) {
        return value == null ? "" : money.format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : this.date.format(date);
    }

    /** A moment in the user's time zone, to the minute, such as Nov 29, 2026 10:05. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(zone));
    }

    /** A moment as the audit trail writes it (UTC, ISO); shown as written when it does not parse. */
    public String dateTime(String isoInstant) {
        try {
            return dateTime(Instant.parse(isoInstant));
        } catch (DateTimeParseException unreadable) {
            return isoInstant;
        }
    }

    public ZoneId zone() {
        return zone;
    }
}
