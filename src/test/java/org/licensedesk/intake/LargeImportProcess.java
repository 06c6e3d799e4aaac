package org.licensedesk.intake;

import java.nio.file.Path;
import java.time.Clock;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.roles.Officials;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.testing.TestDatabases;

/**
 * Imports and screens one file in a JVM of its own, started by {@link LargeImportTest} with a small heap, so that
 * an import that held the file, its applications or their screening in memory would fail there. Prints one line of figures; exit status 0 when imported.
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
            AuditTrail trail = new AuditTrail(database, audit, Clock.systemUTC());
            Officials officials = TestDatabases.officials(database);
            // Screened as the app screens an import: against the bundled lists, batch by batch as written.
            ScreeningService screening = new ScreeningService(database, new ScreeningRepository(database), trail,
                    officials);
            screening.loadBundledSamplesIfEmpty(new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true));
            IntakeService intake = new IntakeService(database, new ApplicationRepository(database),
                    new ControlListRepository(database), new IntakeRepository(), trail, officials,
                    transaction -> screening.importScreener(transaction)::screen);
            long started = System.nanoTime();
            result = intake.importFile(file, new User("li.na", "Li Na", UserRole.REVIEWER, true),
                    ProgressListener.NONE, () -> false);
            seconds = (System.nanoTime() - started) / 1e9;
        }
        System.out.printf("imported and screened %d applications (%d incomplete, %d with screening hits, "
                        + "%d problems) from a %d MB file in %.1f s, %.0f per second, in a JVM with a %d MB heap%n",
                result.imported(), result.incompleteReferences().size(), result.flaggedReferences().size(),
                result.problemCount(), file.toFile().length() >> 20, seconds,
                result.imported() / seconds, Runtime.getRuntime().maxMemory() >> 20);
        result.problems().stream().limit(5).forEach(problem -> System.out.println(problem.line()));
        System.exit(result.ok() ? 0 : 1);
    }
}
