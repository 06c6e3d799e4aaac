package org.licensedesk.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How amounts and dates look in the window. Amounts are formatted from the exact decimals (never through
 * double), with grouping; dates are ISO, as on the bureau's forms. For the FX thread only: the formats
 * are not thread-safe.
 */
public final class DisplayFormats {
    private final DecimalFormat quantity;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** A moment in the user's time zone, to the minute, such as 2026-11-29 10:05. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
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
