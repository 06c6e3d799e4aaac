package org.licensedesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the reviewers' queue: a compact, flat summary, so that 100,000 of them fit in memory
 * without the applications' parties and items.
 *
 * @param assignee   username, or null when nobody has claimed it
 * @param incomplete filed without an end-user certificate
 */
public record QueueRow(
        String reference,
        String applicantName,
        String elements,
        String highestControlCode,
        String endUserName,
        String endUserCountry,
        BigDecimal totalKg,
        BigDecimal totalValueUsd,
        LocalDate receivedOn,
        ApplicationStatus status,
        String assignee,
        Deadline deadline,
        boolean incomplete) {
}
