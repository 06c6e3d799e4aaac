package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The libraries are loaded ahead only for command lines that may open the store (issue 11). */
class LibraryWarmUpTest {
    @Test
    void commandsThatOpenTheStoreGetTheHeadStart() {
        assertThat(LibraryWarmUp.mayOpenStore(new String[] {"--db", "/tmp/x", "export-audit", "--out", "f.json"}))
                .isTrue();
        assertThat(LibraryWarmUp.mayOpenStore(new String[] {"verify-audit", "--db", "/tmp/x"})).isTrue();
    }

    @Test
    void helpVersionCompletionAndArgumentFilesDoNot() {
        for (String word : new String[] {"help", "completion", "-h", "--help", "-V", "--version", "@args.txt"}) {
            assertThat(LibraryWarmUp.mayOpenStore(new String[] {"export-audit", word})).as(word).isFalse();
            assertThat(LibraryWarmUp.beginFor(new String[] {word})).as(word).isFalse();
        }
    }

    @Test
    void theHeadStartLeavesNothingBehind() throws InterruptedException {
        assertThat(LibraryWarmUp.beginFor(new String[] {"show", "A-1"})).isTrue();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("library-warm-up")) {
                assertThat(thread.isDaemon()).isTrue();
                thread.join(30_000);
            }
        }
    }
}
