package org.licensedesk.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.licensedesk.domain.QueueRow;

/**
 * The loaded queue prepared for quick filtering: each row carries one lower-case text of the fields the
 * filter searches, built once (in the background) instead of on every keystroke. Filtering keeps the
 * current sort, so typing never re-sorts 100,000 rows.
 */
public final class QueueIndex {
    public static final QueueIndex EMPTY = new QueueIndex(List.of());
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record Entry(QueueRow row, String searchText) {
    }

    private final List<Entry> inServiceOrder;
    private List<Entry> sorted;
    private Comparator<QueueRow> sortedBy;

    private QueueIndex(List<Entry> entries) {
        this.inServiceOrder = entries;
        this.sorted = entries;
    }

    /** Safe off the FX thread: touches no UI state. */
    public static QueueIndex build(List<QueueRow> rows) {
        return build(rows, username -> "");
    }

    /**
     * As {@link #build(List)}, with the assignee searchable by username and by the name {@code assigneeName} gives
     * (a Chinese or Latin display name).
     */
    public static QueueIndex build(List<QueueRow> rows, Function<String, String> assigneeName) {
        List<Entry> entries = new ArrayList<>(rows.size());
        Map<String, String> names = new HashMap<>();
        for (QueueRow row : rows) {
            String assignee = row.assignee() == null ? ""
                    : row.assignee() + "\n" + names.computeIfAbsent(row.assignee(),
                            username -> nonNull(assigneeName.apply(username)));
            entries.add(new Entry(row, searchText(row) + "\n" + assignee.toLowerCase(Locale.ROOT)));
        }
        return new QueueIndex(List.copyOf(entries));
    }

    public int size() {
        return inServiceOrder.size();
    }

    /**
     * The rows whose searched fields contain every word of the filter, ignoring case, in the given order
     * (null: the service's order).
     */
    public List<QueueRow> select(String filter, Comparator<QueueRow> order) {
        sortBy(order);
        String[] words = words(filter);
        List<QueueRow> matching = new ArrayList<>(words.length == 0 ? sorted.size() : 256);
        for (Entry entry : sorted) {
            if (matchesAll(entry.searchText(), words)) {
                matching.add(entry.row());
            }
        }
        return matching;
    }

    private void sortBy(Comparator<QueueRow> order) {
        if (order == sortedBy) {
            return;
        }
        if (order == null) {
            sorted = inServiceOrder;
        } else {
            List<Entry> copy = new ArrayList<>(inServiceOrder);
            copy.sort(Comparator.comparing(Entry::row, order));
            sorted = copy;
        }
        sortedBy = order;
    }

    private static boolean matchesAll(String searchText, String[] words) {
        for (String word : words) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String filter) {
        String trimmed = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }

    /**
     * Reference, applicant (in English and in Chinese, as the database's word index has it), end user, country (code
     * and name) and control code (the assignee is added by {@link #build(List, Function)}); a newline keeps fields
     * apart.
     */
    private static String searchText(QueueRow row) {
        return String.join("\n",
                nonNull(row.reference()),
                nonNull(row.applicantName()),
                nonNull(row.applicantNameLocal()),
                nonNull(row.endUserName()),
                nonNull(row.endUserCountry()),
                countryName(row.endUserCountry(), Locale.ENGLISH),
                countryName(row.endUserCountry(), Locale.getDefault(Locale.Category.DISPLAY)),
                nonNull(row.highestControlCode())).toLowerCase(Locale.ROOT);
    }

    private static String countryName(String isoCode, Locale language) {
        return isoCode == null || isoCode.isBlank() ? "" : new Locale("", isoCode).getDisplayCountry(language);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
