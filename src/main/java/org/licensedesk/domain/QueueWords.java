package org.licensedesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.licensedesk.domain.history.NoteWords;

/**
 * The words the queue's text filter finds an application by, as the queue_word index holds them: those of its
 * reference, its applicant's name in both scripts (as filed) and its assignee's username, split and lower-cased as
 * {@link NoteWords} splits a note (at every character that is neither a letter nor a digit; a run of Chinese
 * characters as its overlapping pairs plus its last character, so that any typed fragment of a Chinese name is found
 * by prefix). A typed filter is split the same way and each of its words must begin one of these words.
 */
public final class QueueWords {
    private QueueWords() {
    }

    /** The distinct words of an application's searchable columns; null columns have none. */
    public static List<String> of(String reference, String applicantName, String applicantNameLocal,
            String assignee) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : new String[] {reference, applicantName, applicantNameLocal, assignee}) {
            words.addAll(NoteWords.of(text));
        }
        return List.copyOf(words);
    }

    /**
     * The words of a typed filter to look up: each must begin a word of the application. A word that begins another
     * typed word is left out, since any application the longer word finds has it too ("gan ganzhou" looks up
     * "ganzhou" only), which spares the database one lookup per keystroke while a word is being typed on.
     */
    public static List<String> typed(String text) {
        List<String> all = NoteWords.of(text);
        List<String> kept = new ArrayList<>();
        for (String word : all) {
            boolean implied = all.stream().anyMatch(other -> !other.equals(word) && other.startsWith(word));
            if (!implied) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** The least string above every string that begins with {@code prefix}: a prefix is the index range [prefix, this). */
    public static String upperBound(String prefix) {
        return NoteWords.upperBound(prefix);
    }
}
