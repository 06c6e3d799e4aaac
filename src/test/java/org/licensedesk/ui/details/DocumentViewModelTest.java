package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** Opening a filed document: a file the official holds is checked against the filed SHA-256, in the background. */
class DocumentViewModelTest {
    private static final Messages MESSAGES = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path folder;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private DocumentViewModel open(String sha256) {
        Document document = new Document(DocumentType.END_USER_CERTIFICATE, "End-user certificate, Severn Metals",
                LocalDate.of(2026, 7, 23), sha256);
        return new DocumentViewModel(document, new CurrentThreadTaskExecutor(), dialogs, MESSAGES);
    }

    @Test
    void theFiledFileMatchesItsFingerprint() throws Exception {
        DocumentViewModel document = open(ABC.toUpperCase(Locale.ROOT));
        dialogs.fileAnswers.add(List.of(Files.writeString(folder.resolve("euc.pdf"), "abc", StandardCharsets.UTF_8)));

        document.chooseAndCheck();

        assertThat(document.checkProperty().get()).isEqualTo(DocumentViewModel.Check.MATCHES);
        assertThat(document.checkTextProperty().get()).isEqualTo(MESSAGES.format("details.document.matches",
                "euc.pdf"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anotherFileDiffersAndItsOwnFingerprintIsShown() throws Exception {
        DocumentViewModel document = open(ABC);
        Path other = Files.writeString(folder.resolve("euc-v2.pdf"), "abd", StandardCharsets.UTF_8);

        document.check(other);

        assertThat(document.checkProperty().get()).isEqualTo(DocumentViewModel.Check.DIFFERS);
        assertThat(document.checkTextProperty().get()).contains("euc-v2.pdf")
                .contains(org.licensedesk.documents.FileFingerprint.sha256(other));
    }

    @Test
    void anUnreadableFileIsReportedAndNothingIsConcluded() {
        DocumentViewModel document = open(ABC);

        document.check(folder.resolve("missing.pdf"));

        assertThat(document.checkProperty().get()).isEqualTo(DocumentViewModel.Check.NOT_CHECKED);
        assertThat(dialogs.errors).singleElement().extracting(RecordingDialogService.Shown::title)
                .isEqualTo(MESSAGES.get("details.document.checkFailed.title"));
        assertThat(document.busyProperty().get()).isFalse();
    }

    @Test
    void aDocumentFiledWithoutAFingerprintCannotBeChecked() throws Exception {
        DocumentViewModel document = open(null);

        document.check(Files.writeString(folder.resolve("any.pdf"), "abc", StandardCharsets.UTF_8));

        assertThat(document.canCheck()).isFalse();
        assertThat(document.checkProperty().get()).isEqualTo(DocumentViewModel.Check.NOT_CHECKED);
    }
}
