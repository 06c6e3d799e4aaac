package org.licensedesk.licence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;

/**
 * A real database with officials, and applications approved through the workflow (so their licence is issued the
 * way the desk issues it): Dy oxide 500 KG (line 1) and Tb metal 0.250 T (line 2), to Hanseatic Metals GmbH
 * (consignee) and Bavaria Magnet Works AG (end user), valid 2026-03-12 to 2027-03-11.
 */
public final class LicenceFixture {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    public static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    public static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    public static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    public static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final AtomicInteger SERIAL = new AtomicInteger(500);

    public final Database database;
    public final AuditTrail trail;
    public final WorkflowService workflow;
    public final ApplicationRepository applications;
    public final AuditRepository auditEntries;
    public final Clock clock;

    public LicenceFixture(Path folder) {
        this(folder, Clock.fixed(NOW, BEIJING));
    }

    public LicenceFixture(Path folder, Clock clock) {
        this(TestDatabases.migrated(folder), clock);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, WANG_FANG, ZHAO_LEI, ZHANG_MIN)) {
                users.insert(transaction, user);
            }
            return null;
        });
    }

    /** On a database that already has li.na (reviewer) and zhao.lei (supervisor). */
    public LicenceFixture(Database database, Clock clock) {
        this.clock = clock;
        this.database = database;
        UserRepository users = new UserRepository(database);
        applications = new ApplicationRepository(database);
        auditEntries = new AuditRepository(database);
        trail = new AuditTrail(database, auditEntries, clock);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, auditEntries, trail,
                WorkingDayCalendar.official(), clock);
    }

    public LicenceService service() {
        return new LicenceService(database, new LicenceRepository(), new UserRepository(database), auditEntries,
                trail, clock);
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /** A new application, received on {@code received}, claimed and assessed by li.na (version 2). */
    public String claimed(LocalDate received) {
        return claimed(received, java.util.function.UnaryOperator.identity());
    }

    /** Like {@link #claimed(LocalDate)}, with the sample application changed by {@code change} first. */
    public String claimed(LocalDate received, java.util.function.UnaryOperator<LicenceApplication> change) {
        String ref = "EXP-" + received.getYear() + "-" + String.format("%06d", SERIAL.incrementAndGet());
        applications.insertAll(List.of(change.apply(SampleApplications.dysprosiumOxide(ref, received,
                ApplicationStatus.SUBMITTED, null))));
        workflow.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, "Checked against the file and the checklist."),
                day(received, 1));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(ref, 1, "Checked against the file and the checklist.",
                factors), day(received, 2));
        return ref;
    }

    private static Instant day(LocalDate received, int plusDays) {
        return received.plusDays(plusDays).atTime(9, 0).atZone(BEIJING).toInstant();
    }

    /** Received 2026-03-02, approved by zhao.lei on 2026-03-12 on li.na's recommendation; returns its reference. */
    public String approved() {
        return approved(LocalDate.of(2026, 3, 2));
    }

    /** Received on {@code received} and approved ten days later (the licence's first valid day). */
    public String approved(LocalDate received) {
        return approved(received, java.util.function.UnaryOperator.identity());
    }

    /** Received on {@code received}, changed by {@code change}, approved ten days later. */
    public String approved(LocalDate received, java.util.function.UnaryOperator<LicenceApplication> change) {
        String ref = claimed(received, change);
        workflow.perform(LI_NA, new WorkflowCommand.RecommendApproval(ref, 2,
                "Checked against the file and the checklist.", terms()), day(received, 3));
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Approve(ref, 3, "Approved as recommended.", null, List.of()),
                day(received, 10));
        return ref;
    }

    /**
     * Received on {@code received}, claimed, assessed and recommended for denial by li.na three days later, denied by
     * zhao.lei ten days later; returns its reference.
     */
    public String denied(LocalDate received) {
        String ref = claimed(received);
        workflow.perform(LI_NA, new WorkflowCommand.RecommendDenial(ref, 2, "Checked against the file and the "
                + "checklist.", List.of(new DenialReason(ReviewFactor.END_USER_AND_END_USE,
                "The end user supplies a listed entity."))), day(received, 3));
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(ref, 3, "Denied as recommended.", List.of()),
                day(received, 10));
        return ref;
    }

    public String licenceNumberOf(String reference) {
        return workflow.state(reference).licenceNumber();
    }

    public static ApprovalTerms terms() {
        return new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of("Report each shipment within 30 days."));
    }
}
