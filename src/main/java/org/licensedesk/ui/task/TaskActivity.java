package org.licensedesk.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;

/**
 * The background work running now, as the status bar shows it: the newest task's title and progress
 * (-1 while the amount is unknown), and whether anything runs at all. Changed on the FX thread only.
 */
public final class TaskActivity {
    private final ReadOnlyStringWrapper runningTaskTitle = new ReadOnlyStringWrapper(this, "runningTaskTitle", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Deque<Running> running = new ArrayDeque<>();

    private record Running(Object token, String title, ObservableDoubleValue progress) {
    }

    public static TaskActivity idle() {
        return new TaskActivity();
    }

    public ReadOnlyStringProperty runningTaskTitleProperty() {
        return runningTaskTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    void started(Object token, String title, ObservableDoubleValue taskProgress) {
        running.push(new Running(token, title, taskProgress));
        show();
    }

    void finished(Object token) {
        running.removeIf(entry -> entry.token() == token);
        show();
    }

    private void show() {
        progress.unbind();
        Running newest = running.peek();
        if (newest == null) {
            runningTaskTitle.set("");
            progress.set(0);
            busy.set(false);
        } else {
            runningTaskTitle.set(newest.title());
            progress.bind(newest.progress());
            busy.set(true);
        }
    }
}
