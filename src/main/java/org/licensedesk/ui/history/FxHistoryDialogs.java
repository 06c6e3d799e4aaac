package org.licensedesk.ui.history;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.audit.FxAuditDialogs;
import org.licensedesk.ui.audit.LongJob;

/** {@link HistoryDialogs} with a file chooser and the audit tools' progress window over the History window. */
final class FxHistoryDialogs implements HistoryDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    FxHistoryDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("historyView.chooser.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(format == ExportFormat.CSV
                ? new FileChooser.ExtensionFilter(messages.get("historyView.chooser.csv"), "*.csv")
                : new FileChooser.ExtensionFilter(messages.get("export.chooser.filter"), "*.json"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showProgress(LongJob job) {
        new FxAuditDialogs(owner, messages).showProgress(job);
    }
}
