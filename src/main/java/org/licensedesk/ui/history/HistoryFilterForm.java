package org.licensedesk.ui.history;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.User;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.ui.Messages;

/** The History window's filter bar as properties: what it holds becomes a {@link HistoryFilter}, and back. */
public final class HistoryFilterForm {
    private final Messages messages;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty actor = new SimpleStringProperty(this, "actor");
    private final ObservableSet<AuditAction> actions = FXCollections.observableSet(EnumSet.noneOf(AuditAction.class));
    private final ObjectProperty<ApplicationStatus> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final StringProperty element = new SimpleStringProperty(this, "element", "");
    private final StringProperty controlCode = new SimpleStringProperty(this, "controlCode", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");
    private final StringProperty applicant = new SimpleStringProperty(this, "applicant", "");
    private final StringProperty noteText = new SimpleStringProperty(this, "noteText", "");
    private final ObjectProperty<Set<String>> references = new SimpleObjectProperty<>(this, "references", Set.of());
    private final ObservableList<User> users = FXCollections.observableArrayList();

    HistoryFilterForm(Messages messages) {
        this.messages = messages;
    }

    /** The filter the bar holds now; blank text means "any". */
    public HistoryFilter filter() {
        return new HistoryFilter(from.get(), to.get(), blankToNull(actor.get()), Set.copyOf(actions),
                outcome.get(), blankToNull(element.get()), blankToNull(controlCode.get()),
                blankToNull(country.get()), blankToNull(applicant.get()), blankToNull(noteText.get()),
                references.get());
    }

    /** Puts every part of a filter into the bar. */
    public void set(HistoryFilter filter) {
        from.set(filter.from());
        to.set(filter.to());
        actor.set(filter.actor());
        actions.clear();
        actions.addAll(filter.actions());
        outcome.set(filter.outcome());
        element.set(orEmpty(filter.elementSymbol()));
        controlCode.set(orEmpty(filter.controlCode()));
        country.set(orEmpty(filter.endUserCountry()));
        applicant.set(orEmpty(filter.applicant()));
        noteText.set(orEmpty(filter.noteText()));
        references.set(filter.references());
    }

    /** Whether the last day lies before the first: such a bar is not applied. */
    boolean daysReversed() {
        return from.get() != null && to.get() != null && to.get().isBefore(from.get());
    }

    /** "Only 12 applications" while the filter holds references (from a dashboard); empty otherwise. */
    public StringBinding referencesText() {
        return Bindings.createStringBinding(() -> references.get().isEmpty() ? ""
                : messages.format("historyView.references", references.get().size()), references);
    }

    public void clearReferences() {
        references.set(Set.of());
    }

    /** The final statuses an outcome can be. */
    public List<ApplicationStatus> outcomes() {
        return List.of(ApplicationStatus.APPROVED, ApplicationStatus.DENIED, ApplicationStatus.RETURNED,
                ApplicationStatus.WITHDRAWN);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObservableSet<AuditAction> actions() {
        return actions;
    }

    public ObjectProperty<ApplicationStatus> outcomeProperty() {
        return outcome;
    }

    public StringProperty elementProperty() {
        return element;
    }

    public StringProperty controlCodeProperty() {
        return controlCode;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty applicantProperty() {
        return applicant;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public ObjectProperty<Set<String>> referencesProperty() {
        return references;
    }
}
