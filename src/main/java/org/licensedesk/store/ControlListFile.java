package org.licensedesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;

/**
 * Reads the control list from its CSV file (columns named by header: code, element_symbol,
 * element_name, description, announcement, in_force_from, suspended_from, suspended_until).
 */
public final class ControlListFile {
    private static final String BUNDLED = "/org/licensedesk/domain/control-list.csv";

    private ControlListFile() {
    }

    /** The list shipped with LicenseDesk. */
    public static ControlList bundled() {
        try (InputStream in = ControlListFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled control list is missing: " + BUNDLED);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ControlList read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<ControlListEntry> entries = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            try {
                entries.add(new ControlListEntry(
                        new ControlCode(row.get("code").trim()),
                        row.get("element_symbol").trim(),
                        row.get("element_name").trim(),
                        row.get("description").trim(),
                        row.get("announcement").trim(),
                        LocalDate.parse(row.get("in_force_from").trim()),
                        optionalDate(row.get("suspended_from")),
                        optionalDate(row.get("suspended_until"))));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("Control list line " + (row.getRecordNumber() + 1) + ": "
                        + e.getMessage(), e);
            }
        }
        return new ControlList(entries);
    }

    private static LocalDate optionalDate(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}
