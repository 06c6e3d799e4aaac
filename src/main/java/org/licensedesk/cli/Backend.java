package org.licensedesk.cli;

import org.licensedesk.calendar.CalendarService;
import org.licensedesk.flags.FlagService;
import org.licensedesk.workflow.CountersignThresholds;
import java.nio.file.Path;
import org.licensedesk.account.AccountService;
import org.licensedesk.appeal.AppealService;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.demo.DemoSeeder;
import org.licensedesk.history.HistoryService;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.letter.LetterService;
import org.licensedesk.licence.AmendmentService;
import org.licensedesk.licence.LicenceService;
import org.licensedesk.partyhistory.PartyHistoryService;
import org.licensedesk.queue.QueueService;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.RawLimits;
import org.licensedesk.storecopy.StoreCopier;
import org.licensedesk.team.TeamService;
import org.licensedesk.workflow.WorkflowService;

/** The services a command works with, on one open database. The app wires it. */
public interface Backend extends AutoCloseable {
    Path databaseLocation();

    /** Which store is open ("PostgreSQL bureau@127.0.0.1:5432", "H2 file /path"), never with a password. */
    default String storeDescription() {
        return "H2 file " + databaseLocation();
    }

    QueueService queue();

    DemoSeeder demo();

    AccountService accounts();

    WorkflowService workflow();

    AuditTrail auditTrail();

    AuditExporter auditExporter();

    AuditCheckpoints auditCheckpoints();

    /** The raw yardsticks {@code benchmark} compares the app with. */
    RawLimits rawLimits();

    HistoryService history();

    IntakeService intake();

    ScreeningService screening();

    /** The assignee's verdicts on screening hits, one party's each (issue 13). */
    ScreeningDispositions dispositions();

    DashboardService dashboards();
    TeamService team();
    PartyHistoryService partyHistory();

    /** regime: the working-day calendar kept in the database. */
    CalendarService calendars();

    LicenceService licences();

    LetterService letters();

    AppealService appeals();

    AmendmentService amendments();

    /** flags (issue 13): risk-flag rules and the flags they raise. */
    FlagService flags();

    /** regime (issue 13): the value above which a decision needs a second countersignature. */
    CountersignThresholds countersignThresholds();

    /** copy-store: copies this store into another, empty one. */
    StoreCopier storeCopier();

    /** Closes, compacting the file when no other program has it open; returns whether it compacted. */
    boolean closeAndCompact();

    @Override
    void close();
}
