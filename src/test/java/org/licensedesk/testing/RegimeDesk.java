package org.licensedesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.MofcomFileReader;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.workflow.WorkflowService;

/**
 * A migrated test database with the officials, MOFCOM list entries imported by a supervisor, and the services the
 * regime's rules run through (screening, dispositions, workflow): what RegimeRulesServiceTest and
 * PermittedPartyScreeningTest each built by hand.
 */
public record RegimeDesk(Database database, ScreeningService screening, ScreeningDispositions dispositions,
        WorkflowService workflow) {

    /** The MOFCOM control-list entry of 24 Feb 2026 (Announcement No. 11) the tests screen against. */
    public static final String CONTROL_DEFENSE_ACADEMY = "CONTROL,防卫大学,National Defense Academy of Japan,JP,"
            + "MOFCOM Announcement 2026 No. 11,2026-02-24,,,,https://kan.china.com/article/6381631_3.html";

    /**
     * @param mofcomLines rows of a {@code screening-import --format mofcom} file, without its header
     */
    public static RegimeDesk open(Path folder, Clock clock, String... mofcomLines) throws IOException {
        Database database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        UserRepository users = new UserRepository(database);
        AuditRepository auditEntries = new AuditRepository(database);
        AuditTrail trail = new AuditTrail(database, auditEntries, clock);
        ScreeningRepository repository = new ScreeningRepository(database);
        WorkflowStateRepository states = new WorkflowStateRepository(database);
        ScreeningService screening = new ScreeningService(database, repository, trail,
                TestDatabases.officials(database));
        ScreeningDispositions dispositions = new ScreeningDispositions(database, repository, states, users, trail);
        WorkflowService workflow = new WorkflowService(database, states, users, auditEntries, trail,
                WorkingDayCalendar.official(), clock);
        Path lists = folder.resolve("mofcom.csv");
        Files.writeString(lists, String.join(",", MofcomFileReader.HEADER) + "\n" + String.join("\n", mofcomLines)
                + "\n", StandardCharsets.UTF_8);
        screening.importList(ListFormat.MOFCOM, List.of(lists),
                new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true));
        return new RegimeDesk(database, screening, dispositions, workflow);
    }
}
