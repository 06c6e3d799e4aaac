package org.licensedesk.ui.audit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Long work (audit export and verification, intake) as its progress dialog shows it: a title, how far it is, and a Cancel the background thread
 * reads. Properties change on the FX thread only; the cancel flag is safe to read from any thread.
 */
public final class LongJob {
    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public LongJob(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop; it stops at its next check and leaves nothing behind. */
    public void cancel() {
        cancelled.set(true);
        cancelling.set(true);
    }

    public BooleanSupplier cancelledSignal() {
        return cancelled::get;
    }

    public void progressed(double fraction) {
        progress.set(Double.isNaN(fraction) ? -1 : fraction);
    }

    public void finished() {
        running.set(false);
    }

    /** From 0 to 1; -1 while the amount is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }
}
