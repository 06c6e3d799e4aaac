package org.licensedesk.dashboard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
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
import org.licensedesk.store.DashboardRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;

/**
 * A database of applications decided at chosen moments through the workflow service, and open ones received on
 * chosen days, with the dashboard service over it. Times are Beijing office times.
 */
final class DashboardFixture implements AutoCloseable {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Friday 2026-03-20, 10:00 in Beijing. */
    static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    private static final String NOTE = "Checked against the file and the checklist.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);

    final Database database;
    final DashboardService dashboards;
    private final ApplicationRepository applications;
    private final WorkflowService workflow;
    private int serial;

    DashboardFixture(Path folder) {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        Clock clock = Clock.fixed(NOW, BEIJING);
        UserRepository users = new UserRepository(database);
        AuditRepository audit = new AuditRepository(database);
        applications = new ApplicationRepository(database);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, audit,
                new AuditTrail(database, audit, clock), CALENDAR, clock);
        dashboards = new DashboardService(new DashboardRepository(database), CALENDAR, clock);
    }

    /** The sample: 500 kg dysprosium oxide and 0.25 t terbium metal for an end user in Germany. */
    static LicenceApplication sample(String reference, LocalDate receivedOn) {
        return SampleApplications.dysprosiumOxide(reference, receivedOn, ApplicationStatus.SUBMITTED, null);
    }

    /** The sample with other items, for an end user in another country. */
    static LicenceApplication sample(String reference, LocalDate receivedOn, String country, List<Item> items) {
        LicenceApplication a = sample(reference, receivedOn);
        Party endUser = new Party(PartyRole.END_USER, a.endUser().name(), country, a.endUser().address());
        return new LicenceApplication(reference, receivedOn, a.licenceType(), a.applicant(), a.consignee(), endUser,
                a.endUse(), a.contract(), a.transport(), items, a.documents(), a.status(), a.assignee(), 0);
    }

    static Item item(int line, String code, String element, String quantity, QuantityUnit unit) {
        return new Item(line, new ControlCode(code), element, ItemForm.OXIDE, element + " oxide", null,
                new BigDecimal(quantity), unit, new BigDecimal("100.00"));
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    String nextReference(LocalDate receivedOn) {
        return "EXP-" + receivedOn.getYear() + "-" + String.format("%06d", ++serial);
    }

    /** Stores a submitted application. */
    String received(LicenceApplication application) {
        applications.insertAll(List.of(application));
        return application.reference();
    }

    String received(LocalDate receivedOn) {
        return received(sample(nextReference(receivedOn), receivedOn));
    }

    /** Stores the application and takes it to the outcome through the workflow, the decision at {@code decidedAt}. */
    String decided(LicenceApplication application, ApplicationStatus outcome, Instant decidedAt) {
        String ref = received(application);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(LI_NA, v -> new WorkflowCommand.Claim(ref, v, NOTE)));
        switch (outcome) {
            case APPROVED, DENIED -> {
                steps.add(new Step(LI_NA, v -> new WorkflowCommand.Assess(ref, v, NOTE, factors())));
                steps.add(outcome == ApplicationStatus.APPROVED
                        ? new Step(LI_NA, v -> new WorkflowCommand.RecommendApproval(ref, v, NOTE,
                                new ApprovalTerms(LicenceType.SINGLE, 12, List.of(), List.of())))
                        : new Step(LI_NA, v -> new WorkflowCommand.RecommendDenial(ref, v, NOTE,
                                List.of(new DenialReason(ReviewFactor.END_USER_AND_END_USE,
                                        "The end user supplies a listed entity.")))));
                steps.add(outcome == ApplicationStatus.APPROVED
                        ? new Step(ZHAO_LEI, v -> new WorkflowCommand.Approve(ref, v, NOTE, null, List.of()))
                        : new Step(ZHAO_LEI, v -> new WorkflowCommand.Deny(ref, v, NOTE, List.of())));
            }
            case RETURNED -> steps.add(new Step(LI_NA, v -> new WorkflowCommand.ReturnWithoutAction(ref, v, NOTE,
                    List.of("The end-user certificate is not signed."))));
            case WITHDRAWN -> steps.add(new Step(LI_NA, v -> new WorkflowCommand.Withdraw(ref, v, NOTE)));
            default -> throw new IllegalArgumentException(outcome + " is not a decision");
        }
        // The steps before the decision come in the minutes before it, on the same day.
        for (int i = 0; i < steps.size(); i++) {
            Instant at = decidedAt.minus(Duration.ofMinutes(steps.size() - 1L - i));
            workflow.perform(steps.get(i).actor(), steps.get(i).command().make(i), at);
        }
        return ref;
    }

    String decided(LocalDate receivedOn, ApplicationStatus outcome, Instant decidedAt) {
        return decided(sample(nextReference(receivedOn), receivedOn), outcome, decidedAt);
    }

    /** Claimed, then information requested at {@code requestedAt}: the clock stands still since. */
    String waitingForInformation(LocalDate receivedOn, Instant requestedAt) {
        String ref = received(receivedOn);
        workflow.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE), requestedAt.minusSeconds(60));
        workflow.perform(LI_NA, new WorkflowCommand.RequestInfo(ref, 1, NOTE, List.of("Who is the final consignee?")),
                requestedAt);
        return ref;
    }

    private static List<FactorAssessment> factors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        return factors;
    }

    @FunctionalInterface
    private interface Maker {
        WorkflowCommand make(long version);
    }

    private record Step(User actor, Maker command) {
    }

    @Override
    public void close() {
        database.close();
    }
}
