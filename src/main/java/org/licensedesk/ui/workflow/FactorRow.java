package org.licensedesk.ui.workflow;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;

/** One review factor in the assessment form: its rating (none until the reviewer picks one) and comment. */
public final class FactorRow {
    private final ReviewFactor factor;
    private final ObjectProperty<FactorRating> rating = new SimpleObjectProperty<>(this, "rating");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");

    public FactorRow(ReviewFactor factor) {
        this.factor = factor;
    }

    public ReviewFactor factor() {
        return factor;
    }

    public ObjectProperty<FactorRating> ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    void prefill(FactorAssessment earlier) {
        restore(earlier.rating(), earlier.comment());
    }

    /** Puts back what a draft held: a rating (or none) and a comment. */
    void restore(FactorRating kept, String text) {
        rating.set(kept);
        comment.set(text == null ? "" : text);
    }

    /** The row as the command carries it; null while no rating is picked (the service then names the factor). */
    FactorAssessment assessment() {
        return rating.get() == null ? null : new FactorAssessment(factor, rating.get(), comment.get());
    }
}
