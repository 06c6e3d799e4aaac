package org.licensedesk.ui.audit;

import java.io.File;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.licensedesk.ui.Messages;

/** {@link AuditDialogs} with JavaFX dialogs and a file chooser over the main window. */
public final class FxAuditDialogs implements AuditDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxAuditDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showExport(AuditExportForm form) {
        new AuditExportDialog(form, messages, owner.get()).showAndWait().ifPresent(confirmed -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("export.chooser.title"));
            chooser.setInitialFileName(form.defaultFileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.chooser.filter"),
                    "*.json"));
            File file = chooser.showSaveDialog(owner.get());
            if (file != null) {
                form.confirm(file.toPath());
            }
        });
    }

    @Override
    public void showProgress(LongJob job) {
        new ProgressDialog(job, messages, owner.get()).show();
    }

    /** Asks for an exported audit file to verify; null when the user cancels. */
    public static File chooseAuditFile(Window owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("verify.file.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("export.chooser.filter"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("verify.file.chooser.all"), "*.*"));
        return chooser.showOpenDialog(owner);
    }
}
