package org.licensedesk.domain.dashboard;

import java.math.BigDecimal;
import org.licensedesk.domain.QuantityUnit;

/** The summed quantity of an element's items declared in one unit. */
public record ElementQuantity(String elementSymbol, QuantityUnit unit, BigDecimal quantity) {
}
