package org.licensedesk.store;

/**
 * A stretch of bulk writing (generated benchmark data) under settings that favour speed over a kill's last commits;
 * closing it restores the desk's settings. See {@link Database#bulkWriting()}.
 */
public interface BulkWriting extends AutoCloseable {
    /** Nothing to restore: a server store, or an H2 file another process holds or shares. */
    BulkWriting UNCHANGED = () -> { };

    @Override
    void close();
}
