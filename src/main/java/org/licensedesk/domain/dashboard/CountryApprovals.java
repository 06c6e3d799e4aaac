package org.licensedesk.domain.dashboard;

import java.math.BigDecimal;

/** Approved applications for end users in one country, and their total mass (items in pieces add none). */
public record CountryApprovals(String country, long applications, BigDecimal kilograms) {
}
