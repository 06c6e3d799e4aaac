package org.licensedesk.screening;

import java.util.List;

/**
 * What an import of a restricted-party list did.
 *
 * @param replaced            entries of the source before the import
 * @param rescreened          open applications screened again against the new lists
 * @param applicationsWithHits of those, how many have at least one hit now
 */
public record ListImportResult(
        ListFormat format,
        String source,
        List<String> files,
        int entries,
        int aliases,
        int replaced,
        int rescreened,
        int applicationsWithHits) {

    public ListImportResult {
        files = List.copyOf(files);
    }
}
