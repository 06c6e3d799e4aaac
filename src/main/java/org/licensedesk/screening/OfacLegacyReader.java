package org.licensedesk.screening;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.licensedesk.domain.ScreeningEntry;
import org.licensedesk.domain.ShownText;

/**
 * Reads the OFAC SDN list in its legacy headerless CSV form: {@code sdn.csv} (ent_num, SDN_Name, SDN_Type,
 * Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), {@code alt.csv} (ent_num,
 * alt_num, alt_type, alt_name, alt_remarks) and optionally {@code add.csv} (ent_num, add_num, address,
 * city/state/postal code, country, add_remarks). {@code -0-} means empty. Text is normalised and capped as
 * {@link ListText} says.
 */
public final class OfacLegacyReader {
    public static final String LIST_NAME = "Specially Designated Nationals (SDN) - Treasury Department";
    static final String SOURCE = ListFormat.OFAC.source();
    private static final String EMPTY = "-0-";
    private static final int SDN_COLUMNS = 12;
    private static final int ALT_COLUMNS = 5;
    private static final int ADD_COLUMNS = 6;
    /** The stored column's width; addresses are for reading, not for matching. */
    private static final int MAX_ADDRESSES = 4000;

    private enum Kind { SDN, ALT, ADD }

    /** Reads the files, which must include exactly one {@code sdn.csv}; others are recognised by name or shape. */
    public List<ScreeningEntry> read(List<Path> files) {
        Map<Kind, Path> byKind = new LinkedHashMap<>();
        for (Path file : files) {
            Kind kind = kind(file);
            if (byKind.put(kind, file) != null) {
                throw new ScreeningListException("Two " + kind.name().toLowerCase(Locale.ROOT) + ".csv files given ("
                        + byKind.get(kind) + " and another): give each OFAC file once");
            }
        }
        if (!byKind.containsKey(Kind.SDN)) {
            throw new ScreeningListException("No sdn.csv among " + files + ": the OFAC import needs the SDN file");
        }
        Map<String, Builder> entries = new LinkedHashMap<>();
        parse(byKind.get(Kind.SDN), SDN_COLUMNS, (where, record) -> {
            String id = ListText.capped(where, "entry number", entNum(where, record), ListText.MAX_ENTITY_ID);
            String name = ListText.capped(where, "name", value(record, 1), ListText.MAX_NAME);
            if (ListText.saysNothing(name)) {
                throw new ScreeningListException(where + ": entry " + id + " has no name (no letter or digit)");
            }
            String type = ListText.capped(where, "type", value(record, 2), ListText.MAX_TYPE);
            Builder builder = new Builder(id, name, type == null ? "entity" : type,
                    ListText.capped(where, "programs", programs(value(record, 3)), ListText.MAX_PROGRAMS));
            if (entries.put(id, builder) != null) {
                throw new ScreeningListException(where + ": entry " + id + " is listed twice");
            }
        });
        if (byKind.containsKey(Kind.ALT)) {
            parse(byKind.get(Kind.ALT), ALT_COLUMNS, (where, record) -> {
                String alias = ListText.capped(where, "alternative name", value(record, 3), ListText.MAX_NAME);
                if (!ListText.saysNothing(alias)) {
                    owner(entries, where, record).aliases.add(alias);
                }
            });
        }
        if (byKind.containsKey(Kind.ADD)) {
            parse(byKind.get(Kind.ADD), ADD_COLUMNS, (where, record) -> {
                String address = java.util.stream.Stream.of(value(record, 2), value(record, 3), value(record, 4))
                        .filter(part -> part != null).collect(Collectors.joining(", "));
                if (!address.isEmpty()) {
                    owner(entries, where, record).addresses.add(address);
                }
            });
        }
        return entries.values().stream().map(Builder::build).toList();
    }

    private static Builder owner(Map<String, Builder> entries, String where, CSVRecord record) {
        String id = entNum(where, record);
        Builder owner = entries.get(id);
        if (owner == null) {
            throw new ScreeningListException(where + ": refers to entry " + id + ", which sdn.csv does not list");
        }
        return owner;
    }

    private static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (name.startsWith(kind.name().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new ScreeningListException(file + ": not an OFAC legacy file name; expected sdn.csv, alt.csv or add.csv");
    }

    private interface RecordHandler {
        void accept(String where, CSVRecord record);
    }

    private static void parse(Path file, int columns, RecordHandler handler) {
        String fileName = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())) {
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).replace("\u001a", "").isBlank()) {
                    continue; // the end-of-file mark some OFAC downloads carry
                }
                String where = fileName + " line " + record.getParser().getCurrentLineNumber();
                if (record.size() != columns) {
                    throw new ScreeningListException(where + ": " + record.size() + " fields where an OFAC "
                            + fileName + " row has " + columns);
                }
                handler.accept(where, record);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ScreeningListException(fileName + ": not a readable CSV file ("
                    + CslFileReader.rootMessage(e) + ")", e);
        } catch (IOException e) {
            throw new ScreeningListException("Cannot read " + file + ": " + org.licensedesk.domain.FileTrouble.reason(e), e);
        }
    }

    private static String entNum(String where, CSVRecord record) {
        String id = value(record, 0);
        if (id == null || !id.chars().allMatch(Character::isDigit)) {
            throw new ScreeningListException(where + ": the entry number " + ShownText.quoted(record.get(0).strip())
                    + " is not a number");
        }
        return id;
    }

    private static String value(CSVRecord record, int column) {
        String value = ListText.clean(record.get(column));
        return value == null || EMPTY.equals(value) ? null : value;
    }

    /** The legacy file writes several programs as "SDGT] [IRGC"; store them as "SDGT; IRGC". */
    static String programs(String value) {
        if (value == null) {
            return null;
        }
        return java.util.Arrays.stream(value.replace("[", "").split("]")).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining("; "));
    }

    private static final class Builder {
        private final String id;
        private final String name;
        private final String type;
        private final String programs;
        private final List<String> aliases = new ArrayList<>();
        private final List<String> addresses = new ArrayList<>();

        Builder(String id, String name, String type, String programs) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.programs = programs;
        }

        ScreeningEntry build() {
            String joined = addresses.isEmpty() ? null : String.join("; ", addresses);
            if (joined != null && joined.length() > MAX_ADDRESSES) {
                joined = joined.substring(0, MAX_ADDRESSES - 3) + "...";
            }
            return new ScreeningEntry(0, SOURCE, LIST_NAME, id, name, type, programs, joined,
                    aliases.stream().distinct().toList());
        }
    }

}
