package org.licensedesk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.licensedesk.domain.AuditEntry;

/**
 * Audit entries as an RFC 4180 sheet, one row per entry, in UTF-8 with a byte-order mark so that spreadsheet
 * programs read Chinese names; the time column is in the desk's zone and its header names that zone
 * ({@code time (Asia/Shanghai)}), the at column is UTC as the trail stores it.
 */
final class CsvEntrySheet implements AutoCloseable {
    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String[] HEADER = {"seq", "time", "at", "application", "action", "actor", "actor_role",
        "from_status", "to_status", "note"};
    private static final int TIME_COLUMN = 1;

    private final CSVPrinter printer;
    private final DateTimeFormatter time;

    CsvEntrySheet(OutputStream out, ZoneId zone) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header(zone)).get());
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The header row, the time column saying in which zone its times are: a reader must not guess. */
    static String[] header(ZoneId zone) {
        String[] header = HEADER.clone();
        header[TIME_COLUMN] = "time (" + zone.getId() + ")";
        return header;
    }

    void write(AuditEntry entry) {
        try {
            printer.printRecord(entry.seq(), time.format(Instant.parse(entry.at())), entry.at(),
                    entry.applicationRef(), entry.action(), entry.actor(), entry.actorRole(), entry.fromStatus(),
                    entry.toStatus(), entry.note());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
