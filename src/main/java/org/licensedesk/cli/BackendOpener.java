package org.licensedesk.cli;

/** Opens the services on the database named by a {@code --db} option (null: the default place). */
@FunctionalInterface
public interface BackendOpener {
    /** How to treat a database file that is not there yet. */
    enum Mode {
        /** Refuse: reading commands must not create an empty database by mistake. */
        EXISTING,
        /** Create an empty database. */
        CREATE,
        /** Create it and fill it with the demo data, as the window does on first start. */
        CREATE_WITH_DEMO
    }

    Backend open(String databaseOption, Mode mode);
}
