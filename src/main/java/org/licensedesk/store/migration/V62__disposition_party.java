package org.licensedesk.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.licensedesk.store.DispositionParties;

/**
 * A screening disposition names the party it was given for (issue 13): V62 adds {@code party_name} to
 * {@code screening_disposition}, keys it by (application, role, party name, entry key) and gives the stored rows
 * their party. In Java, because the surest source of that party is the disposition's own audit entry, whose details
 * are JSON that portable SQL cannot read ({@link DispositionParties#assignAll}).
 */
public class V62__disposition_party extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        DispositionParties.assignAll(context.getConnection());
    }
}
