package org.licensedesk.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.licensedesk.domain.MofcomListing;
import org.licensedesk.domain.MofcomListing.MofcomList;
import org.licensedesk.domain.ScreeningEntry;

/**
 * Reads MOFCOM's control and watch lists in LicenseDesk's CSV. MOFCOM publishes them only as annex text
 * ("中文名（English name）" under a numbered announcement), so an official types or pastes the rows into this form;
 * the header must be exactly {@link #HEADER}, so a file in another layout is refused rather than misread.
 */
public final class MofcomFileReader {
    /** The columns, in order. Dates are YYYY-MM-DD; every column but list, a name and listed_on may be empty. */
    public static final List<String> HEADER = List.of("list", "name_zh", "name_en", "country", "announcement",
            "listed_on", "suspended_from", "suspended_until", "removed_on", "source_url");

    /** Reads a whole file; a malformed one is refused with its name and line. */
    public List<ScreeningEntry> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new ScreeningListException("Cannot read " + file + ": " + org.licensedesk.domain.FileTrouble.reason(e), e);
        }
    }

    public List<ScreeningEntry> read(Reader reader, String fileName) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(reader), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            if (!header.equals(HEADER)) {
                throw new ScreeningListException(fileName + " line 1: not a MOFCOM list file: the header must be "
                        + String.join(",", HEADER) + " (found: " + String.join(",", header) + ")");
            }
            List<ScreeningEntry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                entries.add(entry(record, fileName));
            }
            if (entries.isEmpty()) {
                throw new ScreeningListException(fileName + ": the file holds no entries");
            }
            return entries;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ScreeningListException(fileName + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
    }

    private static ScreeningEntry entry(CSVRecord record, String fileName) {
        String where = fileName + " line " + record.getParser().getCurrentLineNumber();
        if (record.size() != HEADER.size()) {
            throw new ScreeningListException(where + ": " + record.size() + " fields where the header has "
                    + HEADER.size());
        }
        MofcomList list;
        try {
            list = MofcomList.valueOf(record.get("list").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScreeningListException(where + ": list must be CONTROL or WATCH, not '" + record.get("list")
                    + "'", e);
        }
        String country = record.get("country").strip().toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            throw new ScreeningListException(where + ": country must be a two-letter ISO 3166 code, not '"
                    + record.get("country") + "'");
        }
        LocalDate listedOn = date(record, "listed_on", where);
        if (listedOn == null) {
            throw new ScreeningListException(where + ": listed_on is empty; give the announcement's date");
        }
        MofcomListing listing;
        try {
            listing = new MofcomListing(list, record.get("name_zh"), record.get("name_en"),
                    country.isEmpty() ? null : country, emptyToNull(record.get("announcement")), listedOn,
                    date(record, "suspended_from", where), date(record, "suspended_until", where),
                    date(record, "removed_on", where), emptyToNull(record.get("source_url")));
        } catch (IllegalArgumentException e) {
            throw new ScreeningListException(where + ": " + e.getMessage(), e);
        }
        return new ScreeningEntry(0, ListFormat.MOFCOM.source(), list.listName(), null, listing.displayName(),
                "Entity", listing.announcement(), listing.country(), List.of(), listing);
    }

    private static LocalDate date(CSVRecord record, String column, String where) {
        String text = record.get(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ScreeningListException(where + ": " + column + " '" + text + "' is not a date in the form "
                    + "YYYY-MM-DD", e);
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }
}
