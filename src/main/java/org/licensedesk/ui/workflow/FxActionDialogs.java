package org.licensedesk.ui.workflow;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;

/** {@link ActionDialogs} with JavaFX dialogs over the main window. */
public final class FxActionDialogs implements ActionDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxActionDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void show(ActionForm form) {
        new ActionDialog(form, messages, new DomainText(messages), owner.get()).show();
    }
}
