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
 * @param applicantNameLocal the applicant's name in Chinese as filed (龙岩丰源磁性材料有限公司); null when not known
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
        FlagMark flags,
        String applicantNameLocal) {

    public QueueRow {
        flags = flags == null ? FlagMark.NONE : flags;
    }

    /** A row whose applicant's Chinese name the caller does not know. */
    public QueueRow(String reference, String applicantName, String elements, String highestControlCode,
            String endUserName, String endUserCountry, BigDecimal totalKg, BigDecimal totalValueUsd,
            LocalDate receivedOn, ApplicationStatus status, String assignee, Deadline deadline, boolean incomplete,
            CountersignStage countersignStage, FlagMark flags) {
        this(reference, applicantName, elements, highestControlCode, endUserName, endUserCountry, totalKg,
                totalValueUsd, receivedOn, status, assignee, deadline, incomplete, countersignStage, flags, null);
    }

    /** The applicant's name to show: in Chinese when {@code local} is asked for and known, else as in English. */
    public String applicantName(boolean local) {
        return local && applicantNameLocal != null && !applicantNameLocal.isBlank() ? applicantNameLocal
                : applicantName;
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
                totalKg, totalValueUsd, receivedOn, status, assignee, deadline, incomplete, countersignStage, marked,
                applicantNameLocal);
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
