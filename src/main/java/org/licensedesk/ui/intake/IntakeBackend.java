package org.licensedesk.ui.intake;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;
import org.licensedesk.intake.ImportResult;

/** What File → Import applications needs of the intake service; tests pass a fake. */
@FunctionalInterface
public interface IntakeBackend {
    ImportResult importFile(Path file, User by, ProgressListener progress, BooleanSupplier cancelled);
}
