package org.licensedesk.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.licensedesk.account.AccountService;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.calendar.CalendarService;
import org.licensedesk.flags.FlagService;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.history.HistoryService;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.letter.LetterService;
import org.licensedesk.licence.AmendmentService;
import org.licensedesk.licence.LicenceService;
import org.licensedesk.appeal.AppealService;
import org.licensedesk.partyhistory.PartyHistoryService;
import org.licensedesk.queue.QueueService;
import org.licensedesk.roles.Officials;
import org.licensedesk.team.TeamService;
import org.licensedesk.workflow.CountersignThresholds;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.workflow.WorkflowService;

/**
 * The services the window works with, on one open database; the app hands them over, tests build them on a
 * temporary database.
 *
 * @param officials        the acting official as stored now, for the supervisor's integrity watch
 * @param databaseLocation where this workstation keeps its files about the store (drafts beside it)
 * @param storeDescription shown in the title and status bar, so the user knows which store is open
 * @param clock            the user's clock and time zone, for dates in file names and times on screen
 */
public record DeskServices(QueueService queue, WorkflowService workflow, AccountService accounts,
        AuditTrail auditTrail, AuditExporter auditExporter, IntakeService intake, ScreeningService screening,
        ScreeningDispositions dispositions, PartyHistoryService partyHistory, TeamService team,
        DashboardService dashboards, HistoryService history, Officials officials, LicenceService licences,
        LetterService letters, Path databaseLocation, String storeDescription, Clock clock,
        CalendarService calendars, AmendmentService amendments, AppealService appeals, FlagService flags,
        CountersignThresholds countersignThresholds) {

    public DeskServices {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(auditExporter, "auditExporter");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(dispositions, "dispositions");
        Objects.requireNonNull(partyHistory, "partyHistory");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(dashboards, "dashboards");
        Objects.requireNonNull(databaseLocation, "databaseLocation");
        Objects.requireNonNull(storeDescription, "storeDescription");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(officials, "officials");
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(licences, "licences");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(amendments, "amendments");
        Objects.requireNonNull(appeals, "appeals");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(countersignThresholds, "countersignThresholds");
    }
}
