package org.licensedesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the whole test class twice: once on an embedded H2 file and once on a PostgreSQL server ({@link BothStores}).
 * Inside it, {@link TestDatabases#migrated} opens a freshly migrated database of the store being run: on H2 a file
 * in the given folder, on PostgreSQL a database cloned from a migrated template. The same folder gives the same
 * database again, on both, as a file does.
 *
 * <p>The PostgreSQL run needs {@code LICENSEDESK_TEST_PG_URL} (and {@code LICENSEDESK_TEST_PG_USER}); set by
 * {@code .ci/with-postgres}. Without them it is skipped with a message, except when
 * {@code LICENSEDESK_TEST_PG_REQUIRED=1} (CI), where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(BothStores.class)
public @interface StoreTest {
}
