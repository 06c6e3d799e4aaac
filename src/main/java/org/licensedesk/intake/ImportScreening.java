package org.licensedesk.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Screens freshly imported applications on the import's transaction; the app passes the screening service. */
@FunctionalInterface
public interface ImportScreening {
    /** @return the references, of those given, that have screening hits */
    List<String> screen(Connection connection, List<String> references) throws SQLException;
}
