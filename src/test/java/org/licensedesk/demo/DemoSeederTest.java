package org.licensedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

class DemoSeederTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ControlList LIST = ControlListFile.bundled();

    @TempDir
    Path folder;

    private Database database;
    private ApplicationRepository applications;
    private UserRepository users;
    private DemoSeeder seeder;

    @BeforeEach
    void openDatabase() {
        database = Database.open(folder.resolve("db"));
        new ControlListRepository(database).save(LIST);
        applications = new ApplicationRepository(database);
        users = new UserRepository(database);
        seeder = new DemoSeeder(database, applications, users, LIST, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void seedIfEmptySeedsOnceWithUsersAndThreeHundredTwentyApplications() {
        assertThat(seeder.seedIfEmpty()).isTrue();
        assertThat(applications.count()).isEqualTo(DemoSeeder.DEMO_COUNT);
        assertThat(users.all()).extracting(User::username)
                .containsExactlyInAnyOrder("wang.fang", "li.na", "chen.jie", "zhao.lei", "zhang.min");

        assertThat(seeder.seedIfEmpty()).isFalse();
        assertThat(applications.count()).isEqualTo(DemoSeeder.DEMO_COUNT);
        assertThat(users.all()).hasSize(5);
    }

    @Test
    void seededApplicationsReadBackEqualToTheGeneratedOnes() {
        seeder.seedIfEmpty();
        List<LicenceApplication> expected = new ArrayList<>();
        new DemoGenerator(DemoSeeder.DEMO_SEED, LIST, TODAY).applications(DemoSeeder.DEMO_COUNT)
                .forEachRemaining(expected::add);
        for (int i : new int[] {0, 1, 2, 77, 160, 319}) {
            LicenceApplication generated = expected.get(i);
            assertThat(applications.find(generated.reference())).contains(generated);
        }
    }

    @Test
    void seedIfEmptyKeepsExistingUsers() {
        database.inTransaction(connection -> {
            users.insert(connection, new User("li.na", "Li Na", UserRole.REVIEWER, false));
            return null;
        });
        assertThat(seeder.seedIfEmpty()).isTrue();
        assertThat(users.find("li.na")).contains(new User("li.na", "Li Na", UserRole.REVIEWER, false));
        assertThat(users.all()).hasSize(5);
    }

    @Test
    void generateTwiceAppendsWithoutReferenceCollisions() {
        List<Long> progress = new ArrayList<>();
        assertThat(seeder.generate(1_500, 7, progress::add)).isEqualTo(1_500);
        assertThat(progress).containsExactly(1_500L);
        assertThat(seeder.generate(1_500, 7, progress::add)).isEqualTo(1_500);
        assertThat(applications.count()).isEqualTo(3_000);
        assertThat(users.all()).hasSize(5);

        // The second run made the same applications under the next serials.
        List<LicenceApplication> second = new ArrayList<>();
        new DemoGenerator(7, LIST, TODAY).applications(1_500, 1_501).forEachRemaining(second::add);
        assertThat(applications.find(second.get(0).reference())).contains(second.get(0));
        assertThat(applications.find(second.get(1_499).reference())).contains(second.get(1_499));
    }

    @Test
    void generateAfterSeedingAppendsAndCommitsInChunks() {
        seeder.seedIfEmpty();
        List<Long> progress = new ArrayList<>();
        long written = seeder.generate(DemoSeeder.CHUNK + 500, 99, progress::add);
        assertThat(written).isEqualTo(DemoSeeder.CHUNK + 500);
        assertThat(progress).containsExactly((long) DemoSeeder.CHUNK, DemoSeeder.CHUNK + 500L);
        assertThat(applications.count()).isEqualTo(DemoSeeder.DEMO_COUNT + DemoSeeder.CHUNK + 500);
    }

    @Test
    void generatingNothingWritesNothing() {
        List<Long> progress = new ArrayList<>();
        assertThat(seeder.generate(0, 1, progress::add)).isZero();
        assertThat(progress).isEmpty();
        assertThat(applications.count()).isZero();
    }
}
