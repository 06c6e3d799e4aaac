package org.licensedesk.domain;

import java.util.List;

/**
 * An application's related applications as the Related tab shows them: the newest ones, and whether there are older
 * ones beyond them (a frequent exporter can have thousands).
 */
public record RelatedApplications(List<RelatedApplication> newestFirst, boolean more) {
    public static final RelatedApplications NONE = new RelatedApplications(List.of(), false);

    public RelatedApplications {
        newestFirst = List.copyOf(newestFirst);
    }
}
