package org.licensedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.queue.QueueService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.workflow.WorkflowService;

/**
 * The demo database looks like a bureau's queue on whatever day it is made (issue 12): a few open cases overdue, most
 * within their time, some due this week, some with the clock stopped, many decided. Counted with the real deadlines
 * (working-day calendar, stopped days) on the database the seeder writes, for the day the window tests use, the day
 * this was written and one in spring.
 */
class DemoMixTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ControlList LIST = ControlListFile.bundled();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29", "2026-12-05", "2026-03-16"})
    void theQueueShowsARealisticMixOnAnyDay(String day) {
        LocalDate today = LocalDate.parse(day);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING);
        try (Database database = Database.open(folder.resolve("demo"))) {
            new ControlListRepository(database).save(LIST);
            ApplicationRepository applications = new ApplicationRepository(database);
            UserRepository users = new UserRepository(database);
            AuditRepository audit = new AuditRepository(database);
            AuditTrail trail = new AuditTrail(database, audit, clock);
            WorkflowStateRepository states = new WorkflowStateRepository(database);
            WorkflowService workflow = new WorkflowService(database, states, users, audit, trail, CALENDAR, clock);
            new DemoSeeder(database, applications, users, LIST, clock, workflow, trail,
                    PasswordHasher.weakForTests(1_000), CALENDAR).seedIfEmpty();
            List<QueueRow> rows = new QueueService(applications, CALENDAR, clock)
                    .queue(EnumSet.allOf(ApplicationStatus.class));
            Map<Kind, Long> mix = rows.stream().collect(Collectors.groupingBy(DemoMixTest::kind,
                    () -> new EnumMap<>(Kind.class), Collectors.counting()));
            // For a person reading the build log: the mix of this day.
            System.out.println("Demo mix of " + day + ": " + mix);
            long open = rows.size() - mix.getOrDefault(Kind.DECIDED, 0L);
            assertThat(mix.getOrDefault(Kind.OVERDUE, 0L)).as("a few overdue of %s open", open).isPositive()
                    .isLessThanOrEqualTo(open / 10);
            assertThat(mix.getOrDefault(Kind.IN_TIME, 0L)).as("most within their time").isGreaterThan(open / 2);
            assertThat(mix.getOrDefault(Kind.DUE_THIS_WEEK, 0L)).as("some due this week").isGreaterThanOrEqualTo(3);
            assertThat(mix.getOrDefault(Kind.CLOCK_STOPPED, 0L)).as("some clock-stopped").isGreaterThanOrEqualTo(5);
            assertThat(mix.getOrDefault(Kind.DECIDED, 0L)).as("many decided").isGreaterThan(rows.size() / 3);
        }
    }

    private enum Kind { DECIDED, OVERDUE, CLOCK_STOPPED, DUE_THIS_WEEK, IN_TIME }

    private static Kind kind(QueueRow row) {
        if (!row.status().isOpen()) {
            return Kind.DECIDED;
        }
        if (row.deadline().isPassed()) {
            return Kind.OVERDUE;
        }
        if (row.status() == ApplicationStatus.INFO_REQUESTED) {
            return Kind.CLOCK_STOPPED;
        }
        // Five working days: this week and the start of the next at most.
        return row.deadline().workingDaysLeft() <= 5 ? Kind.DUE_THIS_WEEK : Kind.IN_TIME;
    }
}
