package org.licensedesk.ui.team;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.team.ReviewerWorkload;

/**
 * The Reassign dialog's state: the chosen applications, the reviewer who takes them over and the note every
 * {@code ASSIGNED} entry carries. Stays open after a refusal, with what was typed.
 */
public final class ReassignForm {
    private final List<TeamCase> cases;
    private final List<ReviewerWorkload> targets;
    private final Consumer<ReassignForm> onSubmit;
    private final ObjectProperty<ReviewerWorkload> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final BooleanBinding canSubmit = Bindings.createBooleanBinding(() -> target.get() != null && !busy.get()
            && note.get() != null && note.get().strip().length() >= WorkflowRules.MIN_NOTE_LENGTH, target, note, busy);

    /** @param targets the active reviewers who may take the applications over */
    ReassignForm(List<TeamCase> cases, List<ReviewerWorkload> targets, Consumer<ReassignForm> onSubmit) {
        this.cases = List.copyOf(cases);
        this.targets = List.copyOf(targets);
        this.onSubmit = Objects.requireNonNull(onSubmit, "onSubmit");
    }

    public List<TeamCase> cases() {
        return cases;
    }

    public List<ReviewerWorkload> targets() {
        return targets;
    }

    public ObjectProperty<ReviewerWorkload> targetProperty() {
        return target;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** A reviewer is chosen and the note says something; the workflow checks the rest. */
    public BooleanBinding canSubmit() {
        return canSubmit;
    }

    public void submit() {
        if (canSubmit.get()) {
            onSubmit.accept(this);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    void setBusy(boolean isBusy) {
        busy.set(isBusy);
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    void close() {
        closed.set(true);
    }
}
