package org.licensedesk.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteWordsTest {
    @Test
    void latinTextSplitsAtSpacesAndPunctuationLowerCasedOncePerWord() {
        assertThat(NoteWords.of("End-user statement missing; END-USER must sign (1C905.b)."))
                .containsExactly("end", "user", "statement", "missing", "must", "sign", "1c905", "b");
    }

    @Test
    void lettersWithAccentsAndDigitsStayInTheirWord() {
        assertThat(NoteWords.of("Müller GmbH: 500kg, naïve")).containsExactly("müller", "gmbh", "500kg", "naïve");
    }

    @Test
    void aRunOfHanCharactersGivesItsPairsAndItsLastCharacter() {
        assertThat(NoteWords.of("赣州稀土集团")).containsExactly("赣州", "州稀", "稀土", "土集", "集团", "团");
        assertThat(NoteWords.of("用户：赣")).containsExactly("用户", "户", "赣");
    }

    @Test
    void hanAndLatinNextToEachOtherAreSeparateWords() {
        assertThat(NoteWords.of("稀土Dy氧化物")).containsExactly("稀土", "土", "dy", "氧化", "化物", "物");
    }

    @Test
    void emptyBlankAndPunctuationOnlyTextHasNoWords() {
        assertThat(NoteWords.of(null)).isEmpty();
        assertThat(NoteWords.of("")).isEmpty();
        assertThat(NoteWords.of("  -- ;; ")).isEmpty();
    }

    @Test
    void longWordsAreCutToTheMaximumLength() {
        assertThat(NoteWords.of("x".repeat(100))).containsExactly("x".repeat(NoteWords.MAX_LENGTH));
    }

    @Test
    void typedWordsMustEachBeginAWordOfTheNote() {
        assertThat(NoteWords.beginWords("END-US", "Ask for the end-user statement")).isTrue();
        assertThat(NoteWords.beginWords("user", "Ask for the end-user statement")).isTrue();
        assertThat(NoteWords.beginWords("ser", "Ask for the end-user statement")).isFalse();
        assertThat(NoteWords.beginWords("赣州", "申请人：赣州稀土集团")).isTrue();
        assertThat(NoteWords.beginWords("州稀土", "申请人：赣州稀土集团")).isTrue();
        assertThat(NoteWords.beginWords("团", "申请人：赣州稀土集团")).isTrue();
        assertThat(NoteWords.beginWords("稀", "申请人：赣州稀土集团")).isTrue();
        assertThat(NoteWords.beginWords("包头", "申请人：赣州稀土集团")).isFalse();
    }

    @Test
    void theUpperBoundIsTheLeastStringAboveThePrefixRange() {
        assertThat(NoteWords.upperBound("abc")).isEqualTo("abd");
        assertThat("abcz".compareTo(NoteWords.upperBound("abc"))).isNegative();
        assertThat(NoteWords.upperBound("赣")).isEqualTo(String.valueOf((char) ('赣' + 1)));
    }

    @Test
    void gluedWordStartsAreTheRunsWithoutSpaceBetweenTwoWordsWithTheWordAfterThem() {
        assertThat(NoteWords.glued("Ask for the End-User's statement")).containsExactly("-user", "'s");
        assertThat(NoteWords.glued("end-us")).containsExactly("-us");
        assertThat(NoteWords.glued("-user end - user, 1C905.a/b")).containsExactly(".a", "/b");
        assertThat(NoteWords.glued("赣州-稀土")).containsExactly("-稀土");
        assertThat(NoteWords.glued("a--" + "x".repeat(100))).containsExactly("--" + "x".repeat(38));
        assertThat(NoteWords.glued(null)).isEmpty();
        assertThat(NoteWords.glued("no glue here")).isEmpty();
    }
}
