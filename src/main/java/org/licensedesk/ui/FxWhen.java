package org.licensedesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs work on the FX thread once a view model's busy flag (loading, counting) has dropped, then lets go of it. */
public final class FxWhen {
    private FxWhen() {
    }

    /** Runs the work now if the property is false, else once it turns false (the listener is removed then). */
    public static void whenFalse(ReadOnlyBooleanProperty property, Runnable work) {
        if (!property.get()) {
            work.run();
            return;
        }
        property.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (!now) {
                    property.removeListener(this);
                    work.run();
                }
            }
        });
    }
}
