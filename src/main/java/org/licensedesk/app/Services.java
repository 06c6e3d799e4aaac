package org.licensedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.licensedesk.cli.Backend;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.demo.DemoSeeder;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.queue.QueueService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/** The composition root: one open database and the services built on it, wired by hand. */
public final class Services implements Backend {
    private final Database database;
    private final QueueService queue;
    private final DemoSeeder demo;

    private Services(Database database, Clock clock) {
        this.database = database;
        ControlListRepository controlListRepository = new ControlListRepository(database);
        ControlList controlList = ControlListFile.bundled();
        controlListRepository.save(controlList);
        ApplicationRepository applications = new ApplicationRepository(database);
        UserRepository users = new UserRepository(database);
        this.queue = new QueueService(applications, WorkingDayCalendar.official(), clock);
        this.demo = new DemoSeeder(database, applications, users, controlList, clock);
    }

    /** Opens the database named by a {@code --db} option (null for the default place) and wires the services. */
    public static Services open(String databaseOption, BackendOpener.Mode mode, Clock clock) {
        Path location = DataLocation.resolve(databaseOption);
        Database database = mode == BackendOpener.Mode.EXISTING
                ? Database.openExisting(location)
                : Database.open(location);
        try {
            Services services = new Services(database, clock);
            if (mode == BackendOpener.Mode.CREATE_WITH_DEMO) {
                services.demo.seedIfEmpty();
            }
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public Path databaseLocation() {
        return database.location();
    }

    @Override
    public QueueService queue() {
        return queue;
    }

    @Override
    public DemoSeeder demo() {
        return demo;
    }

    @Override
    public boolean closeAndCompact() {
        return database.closeAndCompact();
    }

    @Override
    public void close() {
        database.close();
    }
}
