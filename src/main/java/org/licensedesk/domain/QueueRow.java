package org.licensedesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.licensedesk.domain.flags.FlagMark;

/**
 * One line of the reviewers' queue: a compact, flat summary, so that 100,000 of them fit in memory
 * without the applications' parties and items.
 *
 * @param assignee   username, or null when nobody has claimed it
 * @param incomplete       filed without an end-user certificate
 * @param countersignStage which countersignature a PENDING_COUNTERSIGN application awaits (issue 13); null otherwise
 * @param flags            its open risk flags (issue 13), {@link FlagMark#NONE} when none
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
        CountersignStage countersignStage,
        FlagMark flags) {

    public QueueRow {
        flags = flags == null ? FlagMark.NONE : flags;
    }

    /** A row without open flags, or whose flags the caller does not know. */
    public QueueRow(String reference, String applicantName, String elements, String highestControlCode,
            String endUserName, String endUserCountry, BigDecimal totalKg, BigDecimal totalValueUsd,
            LocalDate receivedOn, ApplicationStatus status, String assignee, Deadline deadline, boolean incomplete,
            CountersignStage countersignStage) {
        this(reference, applicantName, elements, highestControlCode, endUserName, endUserCountry, totalKg,
                totalValueUsd, receivedOn, status, assignee, deadline, incomplete, countersignStage, FlagMark.NONE);
    }

    /** This row with its open flags. */
    public QueueRow withFlags(FlagMark marked) {
        return new QueueRow(reference, applicantName, elements, highestControlCode, endUserName, endUserCountry,
                totalKg, totalValueUsd, receivedOn, status, assignee, deadline, incomplete, countersignStage, marked);
    }

    /** A row that awaits no countersignature, or whose stage the caller does not know. */
    public QueueRow(String reference, String applicantName, String elements, String highestControlCode,
            String endUserName, String endUserCountry, BigDecimal totalKg, BigDecimal totalValueUsd,
            LocalDate receivedOn, ApplicationStatus status, String assignee, Deadline deadline, boolean incomplete) {
        this(reference, applicantName, elements, highestControlCode, endUserName, endUserCountry, totalKg,
                totalValueUsd, receivedOn, status, assignee, deadline, incomplete,
                status == ApplicationStatus.PENDING_COUNTERSIGN ? CountersignStage.FIRST : null);
    }
}
