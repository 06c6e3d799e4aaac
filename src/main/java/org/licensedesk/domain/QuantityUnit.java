package org.licensedesk.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Units an item's quantity is declared in. Pieces have no mass, so they add nothing to kilogram totals. */
public enum QuantityUnit {
    KG(BigDecimal.ONE),
    T(new BigDecimal("1000")),
    G(new BigDecimal("0.001")),
    PCS(null);

    private final BigDecimal kilograms;

    QuantityUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    /** The quantity in kilograms, or empty for units without a mass. */
    public Optional<BigDecimal> toKilograms(BigDecimal quantity) {
        return kilograms == null ? Optional.empty() : Optional.of(quantity.multiply(kilograms));
    }
}
