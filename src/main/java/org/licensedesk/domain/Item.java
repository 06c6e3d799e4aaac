package org.licensedesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** One line of controlled goods in an application. Amounts are exact decimals. */
public record Item(
        int lineNo,
        ControlCode controlCode,
        String elementSymbol,
        ItemForm form,
        String description,
        String hsCode,
        BigDecimal quantity,
        QuantityUnit unit,
        BigDecimal unitPriceUsd) {

    public Item {
        Objects.requireNonNull(controlCode, "controlCode");
        Objects.requireNonNull(elementSymbol, "elementSymbol");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPriceUsd, "unitPriceUsd");
    }

    /** Quantity times unit price, in US dollars to the cent. */
    public BigDecimal lineValueUsd() {
        return quantity.multiply(unitPriceUsd).setScale(2, RoundingMode.HALF_UP);
    }

    public Optional<BigDecimal> quantityKg() {
        return unit.toKilograms(quantity);
    }
}
