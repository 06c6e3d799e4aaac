package org.licensedesk.ui.workflow;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.ReviewFactor;

/** One reason for denial in a form: the review factor it rests on and the reason in words. */
public final class ReasonRow {
    private final ObjectProperty<ReviewFactor> factor;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public ReasonRow(ReviewFactor factor) {
        this.factor = new SimpleObjectProperty<>(this, "factor", factor);
    }

    public ObjectProperty<ReviewFactor> factorProperty() {
        return factor;
    }

    public StringProperty textProperty() {
        return text;
    }

    DenialReason reason() {
        return new DenialReason(factor.get(), text.get());
    }
}
