package org.licensedesk.ui.details;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.documents.FileFingerprint;
import org.licensedesk.domain.Document;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * One filed document, opened from the Documents tab: its details and SHA-256. The desk keeps documents' details and
 * fingerprints, not the files, so "opening" one shows what was filed, and a file the official holds can be checked
 * against the fingerprint (hashed in the background).
 */
public final class DocumentViewModel {
    /** The outcome of checking a file against the filed fingerprint. */
    public enum Check { NOT_CHECKED, MATCHES, DIFFERS }

    private final Document document;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Function<Path, String> fingerprint;
    private final ReadOnlyObjectWrapper<Check> check = new ReadOnlyObjectWrapper<>(Check.NOT_CHECKED);
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public DocumentViewModel(Document document, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(document, executor, dialogs, messages, FileFingerprint::sha256);
    }

    DocumentViewModel(Document document, TaskExecutor executor, DialogService dialogs, Messages messages,
            Function<Path, String> fingerprint) {
        this.document = document;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.fingerprint = fingerprint;
    }

    public Document document() {
        return document;
    }

    /** Whether a fingerprint was filed: only then can a file be checked. */
    public boolean canCheck() {
        return document.sha256() != null && !document.sha256().isBlank();
    }

    /** Asks for a file and checks it against the filed SHA-256. */
    public void chooseAndCheck() {
        List<Path> chosen = dialogs.chooseFiles(messages.get("details.document.check.title"),
                messages.get("details.document.check.filter"), List.of("*"), false);
        if (!chosen.isEmpty()) {
            check(chosen.get(0));
        }
    }

    public void check(Path file) {
        if (!canCheck()) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(() -> fingerprint.apply(file))
                .withTitle(messages.format("details.document.checking", file.getFileName().toString()))
                .onSuccess(actual -> {
                    busy.set(false);
                    boolean same = FileFingerprint.same(actual, document.sha256());
                    check.set(same ? Check.MATCHES : Check.DIFFERS);
                    checkText.set(same
                            ? messages.format("details.document.matches", file.getFileName().toString())
                            : messages.format("details.document.differs", file.getFileName().toString(), actual));
                })
                .onFailure(failure -> {
                    busy.set(false);
                    dialogs.showError(messages.get("details.document.checkFailed.title"),
                            ErrorText.whatHappened(failure, messages),
                            messages.get("details.document.checkFailed.whatToDo"), failure);
                })
                .executeWith(executor);
    }

    public ReadOnlyObjectProperty<Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkTextProperty() {
        return checkText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
