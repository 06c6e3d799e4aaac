package org.licensedesk.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.licensedesk.domain.ScreeningEntry;
import org.licensedesk.domain.ShownText;

/**
 * Reads the US Consolidated Screening List CSV. Columns are found by header name, so both the current header
 * (with {@code _id}) and the older one (without) read the same; multi-valued fields are separated by "; ". Text is
 * normalised and capped as {@link ListText} says.
 */
public final class CslFileReader {
    static final String SOURCE = ListFormat.CSL.source();
    private static final int MAX_ADDRESSES = 4000;
    private static final List<String> REQUIRED = List.of("source", "name", "programs", "alt_names");

    /** Reads a whole file; a malformed one is refused with its name and line. */
    public List<ScreeningEntry> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new ScreeningListException("Cannot read " + file + ": " + org.licensedesk.domain.FileTrouble.reason(e), e);
        }
    }

    public List<ScreeningEntry> read(Reader reader, String fileName) {
        try {
            reader = withoutByteOrderMark(reader);
        } catch (IOException e) {
            throw new ScreeningListException("Cannot read " + fileName + ": " + org.licensedesk.domain.FileTrouble.reason(e), e);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new ScreeningListException(fileName + " line 1: not a Consolidated Screening List file: "
                            + "the header has no '" + column + "' column (found: "
                            + ShownText.shown(String.join(", ", parser.getHeaderNames())) + ")");
                }
            }
            List<ScreeningEntry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                entries.add(entry(record, fileName, header.size()));
            }
            if (entries.isEmpty()) {
                throw new ScreeningListException(fileName + ": the file holds no entries");
            }
            return entries;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ScreeningListException(fileName + ": not a readable CSV file (" + rootMessage(e) + ")", e);
        } catch (IOException e) {
            throw new ScreeningListException("Cannot read " + fileName + ": " + org.licensedesk.domain.FileTrouble.reason(e), e);
        }
    }

    /** The CSL download starts with a UTF-8 byte order mark, which would otherwise stick to the first header. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    private static ScreeningEntry entry(CSVRecord record, String fileName, int columns) {
        String where = fileName + " line " + record.getParser().getCurrentLineNumber();
        if (record.size() != columns) {
            throw new ScreeningListException(where + ": " + record.size() + " fields where the header has "
                    + columns + " columns");
        }
        String name = ListText.capped(where, "name", value(record, "name"), ListText.MAX_NAME);
        if (ListText.saysNothing(name)) {
            throw new ScreeningListException(where + ": the entry has no name (no letter or digit)");
        }
        String listName = ListText.capped(where, "source list", value(record, "source"), ListText.MAX_LIST_NAME);
        if (listName == null) {
            throw new ScreeningListException(where + ": the entry for " + ShownText.quoted(name)
                    + " names no source list");
        }
        String id = value(record, "_id");
        List<String> aliases = split(value(record, "alt_names")).stream()
                .filter(alias -> !ListText.saysNothing(alias)).toList();
        for (String alias : aliases) {
            ListText.capped(where, "alternative name", alias, ListText.MAX_NAME);
        }
        return new ScreeningEntry(0, SOURCE, listName,
                ListText.capped(where, "entry id", id != null ? id : value(record, "entity_number"),
                        ListText.MAX_ENTITY_ID),
                name, ListText.capped(where, "type", value(record, "type"), ListText.MAX_TYPE),
                ListText.capped(where, "programs", value(record, "programs"), ListText.MAX_PROGRAMS),
                clip(value(record, "addresses")), aliases);
    }

    /** Addresses are for reading, not matching: kept to the stored column's width. */
    private static String clip(String addresses) {
        return addresses == null || addresses.length() <= MAX_ADDRESSES ? addresses
                : addresses.substring(0, MAX_ADDRESSES - 3) + "...";
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        return ListText.clean(record.get(column));
    }

    /** Multi-valued fields are separated by "; "; empty parts are dropped. */
    static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("; ")).map(String::strip).filter(part -> !part.isEmpty()).distinct()
                .toList();
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
