package org.licensedesk.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.details.DetailsViewModel;
import org.licensedesk.ui.queue.QueueViewModel;
import org.licensedesk.ui.task.TaskActivity;

/**
 * The main window's state: its two panes, what the status bar says, and the menu's commands. The queue's
 * selection drives the details (the view adds a short delay so holding an arrow key does not load every row).
 */
public final class MainViewModel {
    private final Path databaseLocation;
    private final QueueViewModel queue;
    private final DetailsViewModel details;
    private final TaskActivity activity;
    private final DialogService dialogs;
    private final Messages messages;

    public MainViewModel(Path databaseLocation, QueueViewModel queue, DetailsViewModel details,
            TaskActivity activity, DialogService dialogs, Messages messages) {
        this.databaseLocation = databaseLocation;
        this.queue = queue;
        this.details = details;
        this.activity = activity;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public DetailsViewModel details() {
        return details;
    }

    public String windowTitle() {
        return messages.format("main.title", databaseLocation.toString());
    }

    public String databaseText() {
        return messages.format("main.database", databaseLocation.toString());
    }

    /** "Showing 123 of 320": rows after the filters, of the rows loaded for the chosen statuses. */
    public StringBinding countsText() {
        return Bindings.createStringBinding(
                () -> messages.format("main.counts", queue.shownCountProperty().get(), queue.totalCountProperty().get()),
                queue.shownCountProperty(), queue.totalCountProperty());
    }

    /** The running task's title, or "Ready". */
    public StringBinding activityText() {
        return Bindings.createStringBinding(
                () -> activity.isBusy() ? activity.runningTaskTitleProperty().get() : messages.get("main.ready"),
                activity.busyProperty(), activity.runningTaskTitleProperty());
    }

    /** For the status bar's progress bar: 0 hides it, -1 is "working, amount unknown". */
    public DoubleBinding progress() {
        return Bindings.createDoubleBinding(
                () -> activity.isBusy() ? activity.progressProperty().get() : 0,
                activity.busyProperty(), activity.progressProperty());
    }

    public void refresh() {
        queue.reload();
        details.reload();
    }

    public void showAbout() {
        dialogs.showInformation(messages.get("about.title"), messages.get("about.text"));
    }
}
