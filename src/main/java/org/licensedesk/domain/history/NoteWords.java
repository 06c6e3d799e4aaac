package org.licensedesk.domain.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a note as the note-word index holds them, and of a typed note filter as it is looked up: the text
 * lower-cased (Locale.ROOT) and split at every character that is neither a letter, a digit nor a combining mark.
 * Chinese has no spaces, so a run of Han characters becomes its overlapping two-character pairs plus its last
 * character alone: any one or more consecutive characters of the run are then found by prefix ("赣" begins "赣州";
 * "州" at the end of a run is its own word). Each word at most {@value #MAX_LENGTH} characters, each once.
 */
public final class NoteWords {
    /** Longer words are cut to this many code points, in the index and in the lookup alike. */
    public static final int MAX_LENGTH = 40;

    private NoteWords() {
    }

    /** The distinct words of {@code text}, in order of first appearance; empty for null or blank text. */
    public static List<String> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        List<Integer> han = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            int point = lower.codePointAt(i);
            i += Character.charCount(point);
            if (isHan(point)) {
                add(words, word);
                han.add(point);
            } else {
                addHan(words, han);
                if (isWordPart(point)) {
                    word.appendCodePoint(point);
                } else {
                    add(words, word);
                }
            }
        }
        add(words, word);
        addHan(words, han);
        return List.copyOf(words);
    }

    /**
     * The glued word starts of {@code text}: for each run of characters between two words that holds no space (the
     * hyphen of "end-user", the dot of "1c905.a", the apostrophe of "user's"), that run followed by the word after it,
     * lower-cased and cut to {@value #MAX_LENGTH} characters, each once; empty for null or blank text.
     *
     * <p>A note that holds a typed text holds each of the typed text's glued word starts at the start of one of its
     * own: the run between two word characters of the typed text is the same whole run in the note, and the typed word
     * after it begins the note's word after it. So the typed text's glued starts, looked up by prefix, find every note
     * that can hold it (the note filter then checks the text itself), even when the typed words are all common.
     */
    public static List<String> glued(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> glued = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        boolean afterWord = false;
        while (i < lower.length()) {
            int point = lower.codePointAt(i);
            if (isHan(point) || isWordPart(point)) {
                afterWord = true;
                i += Character.charCount(point);
                continue;
            }
            int runStart = i;
            boolean spaced = false;
            while (i < lower.length() && !isHan(lower.codePointAt(i)) && !isWordPart(lower.codePointAt(i))) {
                int separator = lower.codePointAt(i);
                spaced |= Character.isWhitespace(separator) || Character.isSpaceChar(separator);
                i += Character.charCount(separator);
            }
            int wordStart = i;
            while (i < lower.length() && (isHan(lower.codePointAt(i)) || isWordPart(lower.codePointAt(i)))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (afterWord && !spaced && wordStart < i) {
                glued.add(cut(lower.substring(runStart, i)));
            }
            afterWord = wordStart < i;
        }
        return List.copyOf(glued);
    }

    /** Whether every word of {@code typed} begins a word of {@code note}: the index's side of a note filter. */
    public static boolean beginWords(String typed, String note) {
        List<String> noteWords = of(note);
        return of(typed).stream().allMatch(w -> noteWords.stream().anyMatch(n -> n.startsWith(w)));
    }

    /**
     * The least string above every string that starts with {@code prefix}, so that {@code word >= prefix AND word <
     * upper} is the prefix's range of an index.
     */
    public static String upperBound(String prefix) {
        int last = prefix.length() - 1;
        char next = (char) (prefix.charAt(last) + 1);
        return next == 0 ? prefix + Character.MAX_VALUE : prefix.substring(0, last) + next;
    }

    private static boolean isHan(int point) {
        return Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN && Character.isLetter(point);
    }

    private static boolean isWordPart(int point) {
        int type = Character.getType(point);
        return Character.isLetterOrDigit(point) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static void add(Set<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(cut(word.toString()));
            word.setLength(0);
        }
    }

    private static void addHan(Set<String> words, List<Integer> run) {
        for (int n = 0; n + 1 < run.size(); n++) {
            words.add(new String(new int[] {run.get(n), run.get(n + 1)}, 0, 2));
        }
        if (!run.isEmpty()) {
            words.add(new String(new int[] {run.get(run.size() - 1)}, 0, 1));
        }
        run.clear();
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) <= MAX_LENGTH
                ? word
                : word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH));
    }
}
