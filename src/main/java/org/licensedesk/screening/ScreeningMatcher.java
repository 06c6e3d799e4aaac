package org.licensedesk.screening;

import org.licensedesk.domain.ChineseName;
import org.licensedesk.domain.NameNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import org.licensedesk.domain.ScreeningEntry;
import org.licensedesk.domain.NameNormalizer.NormalizedName;

/**
 * Scores a name against every listed name and alias of the loaded lists: Jaro-Winkler on the whole normalised
 * name and on its sorted words, the higher of the two, as 0 to 100.
 *
 * <p>Why it is fast: every listed name is normalised once, when the matcher is built, and each comparison is
 * first bounded from above by the names' lengths and letter counts (Jaro can only count a character as
 * matching if both names have it). Names whose bound falls below the threshold are skipped without running
 * Jaro-Winkler; the bound is exact, so no name that could reach the threshold is skipped.
 *
 * <p>Why a score alone is not a hit: on sorted words, "SAMSUNG ELECTRONICS" and "HANA ELECTRONICS" share a long
 * common word and score over 90. So a name pair that reaches the threshold is a hit only when the words the two
 * names share (alike at Jaro-Winkler 0.85 or more) carry at least half of each name's weight, words weighted by
 * how rare they are on the loaded lists. Reordered, repunctuated names and names with a dropped or added common
 * word keep their hits; a different company that only shares "ELECTRONICS" or "CHEMICAL" does not.
 */
public final class ScreeningMatcher {
    /** Letters, digits, space, and one bin for every other character. */
    private static final int BINS = 38;
    private static final int SPACE_BIN = 36;
    private static final int OTHER_BIN = 37;
    private static final double SAME_WORD = 0.85;
    private static final double MIN_SHARED_WEIGHT = 0.5;
    private static final int SHORT_WORD = 4;

    /** A listed entry that a name scored at least the threshold against, by its best name or alias. */
    public record Match(ScreeningEntry entry, String matchedAlias, int score) {
    }

    private final NameNormalizer normalizer;
    private final List<ScreeningEntry> entries;
    private final int[] owner;
    private final String[] alias;
    private final char[][] joined;
    private final char[][] sorted;
    private final short[] counts;
    private final String[][] words;
    private final Map<String, Integer> wordFrequency = new HashMap<>();
    /** Comparison keys of listed Chinese names ({@link ChineseName#key}) to the entries and names that carry them. */
    private final Map<String, List<Match>> chinese = new HashMap<>();

    private ScreeningMatcher(NameNormalizer normalizer, List<ScreeningEntry> entries) {
        this.normalizer = normalizer;
        this.entries = List.copyOf(entries);
        List<Integer> owners = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<NormalizedName> names = new ArrayList<>();
        for (int e = 0; e < this.entries.size(); e++) {
            ScreeningEntry entry = this.entries.get(e);
            indexChinese(e, entry);
            if (entry.mofcom() != null && ChineseName.hasHan(entry.name())) {
                continue; // a MOFCOM entry known only by its Chinese name is compared as Chinese, never as Latin
            }
            add(owners, aliases, names, e, null, normalizer.normalize(entry.name()));
            for (String listedAlias : entry.aliases()) {
                add(owners, aliases, names, e, listedAlias, normalizer.normalize(listedAlias));
            }
        }
        int size = names.size();
        owner = new int[size];
        alias = aliases.toArray(new String[0]);
        joined = new char[size][];
        sorted = new char[size][];
        counts = new short[size * BINS];
        words = new String[size][];
        for (int n = 0; n < size; n++) {
            words[n] = names.get(n).joined().split(" ");
            for (String word : new HashSet<>(List.of(words[n]))) {
                wordFrequency.merge(word, 1, Integer::sum);
            }
            owner[n] = owners.get(n);
            joined[n] = names.get(n).joined().toCharArray();
            char[] sortedName = names.get(n).sorted().toCharArray();
            sorted[n] = java.util.Arrays.equals(sortedName, joined[n]) ? joined[n] : sortedName;
            count(joined[n], counts, n * BINS);
        }
    }

    private static void add(List<Integer> owners, List<String> aliases, List<NormalizedName> names, int entry,
                            String alias, NormalizedName name) {
        if (!name.isEmpty()) {
            owners.add(entry);
            aliases.add(alias);
            names.add(name);
        }
    }

    private void indexChinese(int e, ScreeningEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        if (entry.mofcom() != null && entry.mofcom().nameZh() != null) {
            names.add(entry.mofcom().nameZh());
        }
        names.add(entry.name());
        names.addAll(entry.aliases());
        Set<String> keys = new HashSet<>();
        for (String listed : names) {
            String key = ChineseName.key(listed);
            if (!key.isEmpty() && keys.add(key)) {
                chinese.computeIfAbsent(key, k -> new ArrayList<>()).add(new Match(entries.get(e),
                        listed.equals(entry.name()) ? null : listed, 100));
            }
        }
    }

    public static ScreeningMatcher of(List<ScreeningEntry> entries) {
        return new ScreeningMatcher(new NameNormalizer(), entries);
    }

    /** How many names and aliases the matcher compares against. */
    public int size() {
        return owner.length;
    }

    public int entryCount() {
        return entries.size();
    }

    /** The score of two names as the matcher computes it, 0 to 100: for showing and testing single pairs. */
    public static int score(String a, String b) {
        NameNormalizer normalizer = new NameNormalizer();
        NormalizedName x = normalizer.normalize(a);
        NormalizedName y = normalizer.normalize(b);
        return toScore(Math.max(JaroWinkler.similarity(x.joined(), y.joined()),
                JaroWinkler.similarity(x.sorted(), y.sorted())));
    }

    /** The entries {@code name} scores at least {@code threshold} against, best first; one match per entry. */
    public List<Match> match(String name, int threshold) {
        return match(name, threshold, true);
    }

    /**
     * As {@link #match(String, int)}, plus the entries whose listed Chinese name has the same characters as the
     * Chinese in {@code name} (full-width forms, punctuation, spaces and a bracketed English name aside), which score
     * 100: Chinese names are compared as Chinese, not by Latin similarity.
     */
    public List<Match> matchBothScripts(String name, int threshold) {
        List<Match> latin = match(name, threshold, true);
        List<Match> same = chinese.getOrDefault(ChineseName.key(name), List.of());
        if (same.isEmpty()) {
            return latin;
        }
        Map<ScreeningEntry, Match> best = new LinkedHashMap<>();
        same.forEach(match -> best.put(match.entry(), match));
        latin.forEach(match -> best.putIfAbsent(match.entry(), match));
        List<Match> all = new ArrayList<>(best.values());
        all.sort(Comparator.comparingInt(Match::score).reversed());
        return all;
    }

    /** The same as {@link #match(String, int)} without the upper bound: to prove the bound skips no hit. */
    List<Match> matchExhaustively(String name, int threshold) {
        return match(name, threshold, false);
    }

    private List<Match> match(String name, int threshold, boolean bounded) {
        Objects.requireNonNull(name, "name");
        NormalizedName normalized = normalizer.normalize(name);
        if (normalized.isEmpty()) {
            return List.of();
        }
        char[] queryJoined = normalized.joined().toCharArray();
        char[] querySorted = normalized.sorted().toCharArray();
        String[] queryWords = normalized.joined().split(" ");
        short[] queryCounts = new short[BINS];
        count(queryJoined, queryCounts, 0);
        int queryLength = queryJoined.length;
        boolean querySortedDiffers = !java.util.Arrays.equals(querySorted, queryJoined);
        // score = round(100 * similarity), so a similarity just below threshold/100 still rounds up to it
        double needed = (threshold - 0.5) / 100.0 - 1e-9;
        Map<Integer, Match> best = new LinkedHashMap<>();
        for (int n = 0; n < owner.length; n++) {
            int length = joined[n].length;
            // Winkler's boost depends on the common prefix (at most 4), cheap to know exactly
            int prefix = Math.max(commonPrefix(queryJoined, joined[n]), commonPrefix(querySorted, sorted[n]));
            if (bounded && upperBound(Math.min(length, queryLength), queryLength, length, prefix) < needed) {
                continue;
            }
            int overlap = 0;
            int base = n * BINS;
            for (int b = 0; b < BINS; b++) {
                overlap += Math.min(counts[base + b], queryCounts[b]);
            }
            if (bounded && upperBound(overlap, queryLength, length, prefix) < needed) {
                continue;
            }
            double similarity = JaroWinkler.similarity(queryJoined, joined[n]);
            if (sorted[n] != joined[n] || querySortedDiffers) {
                similarity = Math.max(similarity, JaroWinkler.similarity(querySorted, sorted[n]));
            }
            if (similarity < needed || !shareWeightyWords(queryWords, words[n])) {
                continue;
            }
            int score = toScore(similarity);
            Match current = best.get(owner[n]);
            if (current == null || score > current.score()) {
                best.put(owner[n], new Match(entries.get(owner[n]), alias[n], score));
            }
        }
        List<Match> matches = new ArrayList<>(best.values());
        matches.sort(Comparator.comparingInt(Match::score).reversed());
        return matches;
    }

    /** Whether the words the names share carry at least half the weight of each name. */
    private boolean shareWeightyWords(String[] a, String[] b) {
        return coverage(a, b) >= MIN_SHARED_WEIGHT && coverage(b, a) >= MIN_SHARED_WEIGHT;
    }

    /** The share of {@code of}'s word weight that has a like word in {@code in}. */
    private double coverage(String[] of, String[] in) {
        double total = 0;
        double shared = 0;
        for (String word : of) {
            double weight = weight(word);
            total += weight;
            for (String other : in) {
                if (word.equals(other) || alike(word, other)) {
                    shared += weight;
                    break;
                }
            }
        }
        return total == 0 ? 1.0 : shared / total;
    }

    /** Words alike despite a typo; words of up to four letters must be equal (BASF is not BASE). */
    private static boolean alike(String word, String other) {
        return Math.min(word.length(), other.length()) > SHORT_WORD
                && JaroWinkler.similarity(word, other) >= SAME_WORD;
    }

    /** Inverse document frequency over the loaded names: rare words weigh more than TRADING or AL. */
    private double weight(String word) {
        return Math.log((owner.length + 1.0) / (wordFrequency.getOrDefault(word, 0) + 1.0)) + 1.0;
    }

    /**
     * The highest Jaro-Winkler two names of these lengths can reach when at most {@code matches} characters
     * match and they share a prefix of {@code prefix} characters.
     */
    private static double upperBound(int matches, int lengthA, int lengthB, int prefix) {
        if (matches == 0) {
            return 0.0;
        }
        double jaro = (matches / (double) lengthA + matches / (double) lengthB + 1.0) / 3.0;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static int commonPrefix(char[] a, char[] b) {
        int limit = Math.min(4, Math.min(a.length, b.length));
        int prefix = 0;
        while (prefix < limit && a[prefix] == b[prefix]) {
            prefix++;
        }
        return prefix;
    }

    private static int toScore(double similarity) {
        return (int) Math.round(similarity * 100.0);
    }

    private static void count(char[] name, short[] into, int base) {
        for (char c : name) {
            int bin;
            if (c >= 'A' && c <= 'Z') {
                bin = c - 'A';
            } else if (c >= '0' && c <= '9') {
                bin = 26 + c - '0';
            } else if (c == ' ') {
                bin = SPACE_BIN;
            } else {
                bin = OTHER_BIN;
            }
            into[base + bin]++;
        }
    }
}
