package org.licensedesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the reviewers' queue: a compact, flat summary, so that 100,000 of them fit in memory
 * without the applications' parties and items.
 *
 * @param assignee   username, or null when nobody has claimed it
 * @param incomplete       filed without an end-user certificate
 * @param countersignStage which countersignature a PENDING_COUNTERSIGN application awaits (issue 13); null otherwise
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
        boolean incomplete,
        CountersignStage countersignStage) {

    /** A row that awaits no countersignature, or whose stage the caller does not know. */
    public QueueRow(String reference, String applicantName, String elements, String highestControlCode,
            String endUserName, String endUserCountry, BigDecimal totalKg, BigDecimal totalValueUsd,
            LocalDate receivedOn, ApplicationStatus status, String assignee, Deadline deadline, boolean incomplete) {
        this(reference, applicantName, elements, highestControlCode, endUserName, endUserCountry, totalKg,
                totalValueUsd, receivedOn, status, assignee, deadline, incomplete,
                status == ApplicationStatus.PENDING_COUNTERSIGN ? CountersignStage.FIRST : null);
    }
}
