package org.licensedesk.screening;

/**
 * A changed match threshold and what screening the open applications again with it found.
 *
 * @param rescreened           open applications screened again
 * @param applicationsWithHits of those, the ones with at least one hit now
 */
public record ThresholdChange(int from, int to, int rescreened, int applicationsWithHits) {
}
