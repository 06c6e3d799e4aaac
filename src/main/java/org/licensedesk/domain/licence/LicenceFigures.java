package org.licensedesk.domain.licence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The licence dashboards: licences by status, quantities licensed and shipped per element and destination (the end
 * user's country; kilograms, with tonnes and grams converted, pieces apart), and licences in force expiring within
 * 30, 60 and 90 days.
 */
public record LicenceFigures(Map<LicenceStatus, Long> byStatus, List<Quantities> quantities, long expiring30,
                             long expiring60, long expiring90) {

    public LicenceFigures {
        byStatus = Map.copyOf(byStatus);
        quantities = List.copyOf(quantities);
    }

    /** What is licensed and shipped of one element to one destination, in one measure (KG or PCS). */
    public record Quantities(String elementSymbol, String destination, String measure, BigDecimal licensed,
                             BigDecimal shipped) {

        /** Shipped as a share of licensed, 0 to 100, to one place. */
        public BigDecimal shippedPercent() {
            if (licensed.signum() == 0) {
                return BigDecimal.ZERO;
            }
            return shipped.multiply(BigDecimal.valueOf(100)).divide(licensed, 1, java.math.RoundingMode.HALF_UP);
        }
    }
}
