package org.licensedesk.intake;

import java.nio.file.Path;
import java.time.Clock;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.testing.TestDatabases;

/**
 * Imports one file in a JVM of its own, started by {@link LargeImportTest} with a small heap, so that an
 * import that read the file whole would fail there. Prints one line of figures; exit status 0 when imported.
 */
public final class LargeImportProcess {
    private LargeImportProcess() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Path file = Path.of(args[1]);
        ImportResult result;
        double seconds;
        try (Database database = TestDatabases.migrated(folder)) {
            TestDatabases.addOfficials(database);
            AuditRepository audit = new AuditRepository(database);
            IntakeService intake = new IntakeService(database, new ApplicationRepository(database),
                    new ControlListRepository(database), new IntakeRepository(),
                    new AuditTrail(database, audit, Clock.systemUTC()), TestDatabases.officials(database));
            long started = System.nanoTime();
            result = intake.importFile(file, new User("li.na", "Li Na", UserRole.REVIEWER, true),
                    ProgressListener.NONE, () -> false);
            seconds = (System.nanoTime() - started) / 1e9;
        }
        System.out.printf("imported %d applications (%d incomplete, %d problems) from a %d MB file in %.1f s, "
                        + "%.0f per second, in a JVM with a %d MB heap%n", result.imported(),
                result.incompleteReferences().size(), result.problemCount(), file.toFile().length() >> 20, seconds,
                result.imported() / seconds, Runtime.getRuntime().maxMemory() >> 20);
        result.problems().stream().limit(5).forEach(problem -> System.out.println(problem.line()));
        System.exit(result.ok() ? 0 : 1);
    }
}
