package org.licensedesk.cli;

import java.nio.file.Path;
import org.licensedesk.demo.DemoSeeder;
import org.licensedesk.queue.QueueService;

/** The services a command works with, on one open database. The app wires it. */
public interface Backend extends AutoCloseable {
    Path databaseLocation();

    QueueService queue();

    DemoSeeder demo();

    /** Closes, compacting the file when no other program has it open; returns whether it compacted. */
    boolean closeAndCompact();

    @Override
    void close();
}
