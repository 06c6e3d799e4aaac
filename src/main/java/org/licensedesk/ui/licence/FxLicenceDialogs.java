package org.licensedesk.ui.licence;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.licensedesk.ui.Messages;

/** The licence actions' forms as dialogs over the window that asked for them. */
public final class FxLicenceDialogs implements LicenceDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxLicenceDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void open(LicenceForm form, javafx.scene.Node origin, LicenceForm.Sender sender) {
        Window window = origin != null && origin.getScene() != null ? origin.getScene().getWindow() : owner.get();
        new LicenceFormDialog(form, sender, messages, window).show();
    }
}
