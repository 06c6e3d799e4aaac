package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.licensedesk.audit.AuditRefusedException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.history.HistoryRefusedException;
import org.licensedesk.store.StoreException;

/** The one line a failed command prints: never a class name for a refusal, never a stack trace. */
class SentencesTest {
    @Test
    void refusalsAndStoreErrorsAreTheirOwnMessage() {
        assertThat(Sentences.failure(new HistoryRefusedException("Only an active supervisor may read the decision "
                + "history; li.na is not one. Ask a supervisor."))).isEqualTo("Only an active supervisor may read the "
                + "decision history; li.na is not one. Ask a supervisor.");
        assertThat(Sentences.failure(new AuditRefusedException("Only an active supervisor may export the audit trail.")))
                .isEqualTo("Only an active supervisor may export the audit trail.");
        assertThat(Sentences.failure(new WorkflowRefusedException("A note needs at least 10 characters.")))
                .isEqualTo("A note needs at least 10 characters.");
        assertThat(Sentences.failure(new StoreException("The database /x is locked by another program.\nClose it.")))
                .isEqualTo("The database /x is locked by another program. Close it.");
    }

    @Test
    void fileErrorsAreSaidInWords() {
        assertThat(Sentences.failure(new UncheckedIOException(new NoSuchFileException("/data/sdn.csv"))))
                .isEqualTo("there is no file or folder /data/sdn.csv");
        assertThat(Sentences.failure(new UncheckedIOException(new AccessDeniedException("/root/audit.json"))))
                .isEqualTo("permission denied: /root/audit.json");
        assertThat(Sentences.failure(new UncheckedIOException(new FileSystemException("/mnt/full", null,
                "No space left on device")))).isEqualTo("/mnt/full: No space left on device");
        assertThat(Sentences.failure(new UncheckedIOException("Could not close batch.json: disk gone",
                new java.io.IOException("disk gone")))).isEqualTo("Could not close batch.json: disk gone");
    }

    @Test
    void anythingElseIsNamedAsADefectOnOneLine() {
        assertThat(Sentences.failure(new IllegalStateException("queue\nindex out of step")))
                .isEqualTo("unexpected error (IllegalStateException: queue index out of step); this is a defect in "
                        + "LicenseDesk: please report it with the command you ran");
        assertThat(Sentences.failure(new NullPointerException())).startsWith("unexpected error (NullPointerException)");
    }

    @Test
    void controlCharactersCannotDriveTheTerminalAndLongTextIsCut() {
        assertThat(Sentences.oneLine("name\u001b[2J\u202Eevil\tend")).isEqualTo("name\\u001B[2J\\u202Eevil end");
        assertThat(Sentences.oneLine("x".repeat(1_000_000))).hasSizeLessThanOrEqualTo(2_001);
        assertThat(Sentences.quoted("y".repeat(500))).hasSize(Sentences.ECHO_LIMIT + 3);
    }
}
