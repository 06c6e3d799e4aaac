package org.licensedesk.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a party or listed name to the form the matcher compares: as a reader sees it ({@link InputText}: NFKC,
 * no zero-width, bidirectional or control characters, full-width forms folded), upper case without diacritics or
 * punctuation, without legal-form words (CO, LTD, GMBH, ...) and without the lists' "and any successor,
 * sub-unit, or subsidiary thereof" tail, so that "Foo Co., Ltd." and "FOO COMPANY LIMITED" read the same.
 */
public final class NameNormalizer {
    /** Legal forms and filler words that say nothing about who a party is. */
    static final Set<String> DROPPED_WORDS = Set.of(
            "CO", "COMPANY", "COMPANIES", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION",
            "GMBH", "LLC", "LLP", "PLC", "AG", "SE", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "KG", "OY", "AB",
            "JSC", "OJSC", "PJSC", "CJSC", "OAO", "ZAO", "OOO", "PAO", "PTE", "PVT", "PTY", "BHD", "FZE", "FZCO",
            "FZC", "KK", "THE", "AND");
    private static final Pattern SUCCESSOR_PHRASE = Pattern.compile(
            "\\bAND ANY SUCCESSORS? SUB UNITS? OR SUBSIDIAR(?:Y|IES) THEREOF\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A normalised name: its tokens in order, joined by single spaces, and the same tokens sorted. */
    public record NormalizedName(String joined, String sorted) {
        public boolean isEmpty() {
            return joined.isEmpty();
        }
    }

    public NormalizedName normalize(String name) {
        List<String> tokens = tokens(name);
        List<String> kept = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (!DROPPED_WORDS.contains(token)) {
                kept.add(token);
            }
        }
        // A name made only of dropped words ("The Company") still has to be compared as something.
        List<String> used = kept.isEmpty() ? tokens : kept;
        String joined = String.join(" ", used);
        String[] sorted = used.toArray(new String[0]);
        Arrays.sort(sorted);
        return new NormalizedName(joined, String.join(" ", sorted));
    }

    /** The words of a name after folding case, diacritics and punctuation, without the successor phrase. */
    List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        // Invisible characters first: a zero-width space or NUL inside a word must not split it in two.
        String text = foldSpecialLetters(InputText.normalize(name));
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = text.toUpperCase(Locale.ROOT).replace("&", " AND ");
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '`') {
                continue; // "S.A." is SA, "QAR'AWI" is QARAWI
            }
            clean.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        String spaced = SPACES.matcher(clean).replaceAll(" ").strip();
        spaced = SUCCESSOR_PHRASE.matcher(spaced).replaceAll(" ").strip();
        if (spaced.isEmpty()) {
            return List.of();
        }
        return List.of(SPACES.split(spaced));
    }

    /** Letters that NFKD does not split into a base letter and a mark. */
    private static String foldSpecialLetters(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ß' -> folded.append("ss");
                case 'Ø', 'ø' -> folded.append('o');
                case 'Æ', 'æ' -> folded.append("ae");
                case 'Œ', 'œ' -> folded.append("oe");
                case 'Ł', 'ł' -> folded.append('l');
                case 'Đ', 'đ' -> folded.append('d');
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }
}
