package org.licensedesk.ui.dashboard;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.licensedesk.ui.Messages;

/** {@link DashboardDialogs} with the system's file chooser over the dashboards window. */
public final class FxDashboardDialogs implements DashboardDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    FxDashboardDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** The file chooser over whichever window has the focus: the dashboards, whose Save button was pressed. */
    public static FxDashboardDialogs overFocusedWindow(Messages messages) {
        return new FxDashboardDialogs(() -> Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(null), messages);
    }

    @Override
    public Optional<Path> choosePngFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dashboard.save.chooser"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dashboard.save.filter"),
                "*.png"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
