package org.licensedesk.faults;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.testing.TestStores;
import org.licensedesk.workflow.WorkflowService;

/**
 * The desk the fault tests work on: 8 reviewers and 8 supervisors (one of each per worker), applications
 * {@code EXP-2026-900001}... received as SUBMITTED, and the real workflow service on a real store: an H2 file, or in
 * a {@link org.licensedesk.testing.StoreTest}'s PostgreSQL run a database on the test server.
 */
final class FaultDesk implements AutoCloseable {
    static final int WORKERS = 8;
    static final String NOTE = "Checked against the file and the checklist";

    final Database database;
    final WorkflowService workflow;
    final AuditRepository auditEntries;
    final AuditTrail trail;

    FaultDesk(Database database) {
        this.database = database;
        Clock clock = Clock.systemUTC();
        auditEntries = new AuditRepository(database);
        trail = new AuditTrail(database, auditEntries, clock);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), new UserRepository(database),
                auditEntries, trail, WorkingDayCalendar.official(), clock);
    }

    /**
     * A new database for {@code folder} with the officials and {@code applications} submitted applications.
     *
     * @return the store as a worker process is given it: the H2 file's path, or the PostgreSQL database's URL
     */
    static String prepare(Path folder, int applications) {
        try (Database database = TestDatabases.migrated(folder)) {
            UserRepository users = new UserRepository(database);
            database.write(transaction -> {
                for (int i = 1; i <= WORKERS; i++) {
                    users.insert(transaction, reviewer(i));
                    users.insert(transaction, supervisor(i));
                }
                return null;
            });
            List<org.licensedesk.domain.LicenceApplication> rows = new ArrayList<>();
            for (int i = 1; i <= applications; i++) {
                rows.add(SampleApplications.dysprosiumOxide(reference(i), LocalDate.of(2026, 3, 2),
                        ApplicationStatus.SUBMITTED, null));
            }
            new ApplicationRepository(database).insertAll(rows);
        }
        return TestStores.onServer() ? TestStores.serverOf(folder).jdbcUrl() : folder.resolve("licensedesk").toString();
    }

    /**
     * Opens the store {@link #prepare} made as a workstation does, from a path or a URL ({@code --db}); a server's
     * credentials come from the test server's variables, which a worker process inherits.
     */
    static Database open(String store) {
        return Database.open(DataLocation.address(store), TestStores.credentials(), true);
    }

    static String reference(int i) {
        return String.format("EXP-2026-%06d", 900000 + i);
    }

    static User reviewer(int worker) {
        return new User("reviewer" + worker, "Reviewer " + worker, UserRole.REVIEWER, true);
    }

    static User supervisor(int worker) {
        return new User("supervisor" + worker, "Supervisor " + worker, UserRole.SUPERVISOR, true);
    }

    /**
     * The next action a worker tries on an application it read: move it on where the workflow lets this worker, else
     * a note; sometimes a note or a claim anyway (claims of an application someone else holds are rule refusals).
     */
    static Attempt next(WorkflowState state, int worker, String note, boolean claimsNotesRecommendationsOnly) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        User reviewer = reviewer(worker);
        User supervisor = supervisor(worker);
        String ref = state.reference();
        long version = state.version();
        int dice = random.nextInt(10);
        if (dice < 3) {
            return new Attempt(reviewer, new WorkflowCommand.AddNote(ref, version, note));
        }
        switch (state.status()) {
            case SUBMITTED:
                return new Attempt(reviewer, new WorkflowCommand.Claim(ref, version, note));
            case UNDER_REVIEW:
                if (!state.isAssignee(reviewer.username())) {
                    // Mostly a claim; otherwise a recommendation by someone who does not hold it, which the rules
                    // refuse (the refusals a busy desk sees besides conflicts).
                    return dice < 8 ? new Attempt(reviewer, new WorkflowCommand.Claim(ref, version, note))
                            : new Attempt(reviewer, new WorkflowCommand.RecommendApproval(ref, version, note, terms()));
                }
                if (!state.factorsAssessed()) {
                    return new Attempt(reviewer, new WorkflowCommand.Assess(ref, version, note, factors()));
                }
                return new Attempt(reviewer, new WorkflowCommand.RecommendApproval(ref, version, note, terms()));
            case PENDING_COUNTERSIGN:
                if (claimsNotesRecommendationsOnly || dice < 6) {
                    // Sent back so the contention keeps going round claims and recommendations.
                    return new Attempt(supervisor, new WorkflowCommand.SendBack(ref, version, note));
                }
                return new Attempt(supervisor, new WorkflowCommand.Approve(ref, version, note, null, List.of()));
            default:
                return new Attempt(reviewer, new WorkflowCommand.AddNote(ref, version, note));
        }
    }

    record Attempt(User actor, WorkflowCommand command) {
    }

    static List<FactorAssessment> factors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        return factors;
    }

    static ApprovalTerms terms() {
        return new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of("Report each shipment within 30 days."));
    }

    @Override
    public void close() {
        database.close();
    }
}
