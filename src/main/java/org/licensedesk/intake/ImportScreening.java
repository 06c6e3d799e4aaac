package org.licensedesk.intake;

import java.util.List;
import org.licensedesk.store.Transaction;

/** Screens freshly imported applications on the import's transaction; the app passes the screening service. */
@FunctionalInterface
public interface ImportScreening {
    /** @return the references, of those given, that have screening hits */
    List<String> screen(Transaction transaction, List<String> references);
}
