package org.licensedesk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.Database;

/** Audit drafts for tests: the officials of {@code TestDatabases.addOfficials} working three applications. */
final class AuditFixtures {
    static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    static final User SUPERVISOR = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    static final List<String> APPLICATIONS = List.of("EL-2025-000101", "EL-2025-000102", "EL-2025-000103");

    private AuditFixtures() {
    }

    /**
     * The i-th of a repeatable stream of entries (i from 1): one every 7 hours, so they spread over days;
     * every fifth by the supervisor; the applications take turns and every seventh entry is about none.
     */
    static AuditDraft draft(long i) {
        User actor = i % 5 == 0 ? SUPERVISOR : REVIEWER;
        String application = i % 7 == 0 ? null : APPLICATIONS.get((int) (i % APPLICATIONS.size()));
        AuditAction action = application == null ? AuditAction.USER_ADDED : AuditAction.NOTE_ADDED;
        return new AuditDraft(START.plus(Duration.ofHours(7 * (i - 1))), application, action, actor.username(),
                actor.role(), application == null ? null : ApplicationStatus.UNDER_REVIEW, null,
                "Entry " + i + " checked the end-user certificate",
                "{\"step\":" + i + ",\"amount\":\"12.50\",\"parts\":[\"a\",\"b\"],\"signed\":true}");
    }

    /** Appends drafts 1..count quickly: sealed in batches, one transaction per batch. */
    static void appendMany(Database database, AuditTrail trail, long count) {
        final int batch = 10_000;
        for (long first = 1; first <= count; first += batch) {
            List<AuditDraft> drafts = new ArrayList<>(batch);
            for (long i = first; i < first + batch && i <= count; i++) {
                drafts.add(draft(i));
            }
            database.write(transaction -> trail.appendAll(transaction, drafts));
        }
    }
}
