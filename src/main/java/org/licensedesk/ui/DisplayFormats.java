package org.licensedesk.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts and dates look in the window. Amounts are formatted from the exact decimals (never through
 * double), with grouping; dates are ISO, as on the bureau's forms. For the FX thread only: the formats
 * are not thread-safe.
 */
public final class DisplayFormats {
    private final DecimalFormat quantity;
    private final DecimalFormat money;

    public DisplayFormats(Locale locale) {
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
}
