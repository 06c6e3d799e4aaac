package org.licensedesk.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.licensedesk.store.QueueWordIndex;

/**
 * Fills V59's queue_word table for the applications a database already holds, in Flyway's transaction: in Java,
 * because the words are split as the store splits them when it writes ({@code QueueWords}), which portable SQL
 * cannot do (letters and digits of any script, overlapping pairs of Chinese characters). Measured: docs/benchmarks.md.
 */
public class V59_1__queue_words_fill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        QueueWordIndex.fillAll(context.getConnection());
    }
}
