package org.licensedesk.audit;

import java.nio.file.Path;

/**
 * A finished audit export.
 *
 * @param entryCount how many entries the file holds
 * @param headSeq    the chain's head when the export started; the file holds no entry beyond it
 * @param file       where the file now is
 */
public record ExportResult(long entryCount, long headSeq, Path file) {
}
