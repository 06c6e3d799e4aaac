package org.licensedesk.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.domain.User;
import org.licensedesk.ui.Messages;

/** Which audit entries to export: all, a date range, one application or one official, and the file's name. */
public final class AuditExportForm {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Messages messages;
    private final LocalDate today;
    private final List<User> actors;
    private final ObjectProperty<AuditScope.Kind> kind = new SimpleObjectProperty<>(this, "kind", AuditScope.Kind.ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final ObjectProperty<User> actor = new SimpleObjectProperty<>(this, "actor");
    private final StringBinding problem;
    private final BiConsumer<AuditScope, Path> onConfirm;

    AuditExportForm(Messages messages, LocalDate today, String selectedReference, List<User> actors,
            BiConsumer<AuditScope, Path> onConfirm) {
        this.messages = messages;
        this.today = today;
        this.actors = List.copyOf(actors);
        this.onConfirm = Objects.requireNonNull(onConfirm, "onConfirm");
        reference.set(selectedReference == null ? "" : selectedReference);
        from.set(today.withDayOfMonth(1));
        to.set(today);
        problem = Bindings.createStringBinding(this::findProblem, kind, from, to, reference, actor);
    }

    private String findProblem() {
        switch (kind.get()) {
            case DATE_RANGE:
                if (from.get() == null && to.get() == null) {
                    return messages.get("export.problem.noDates");
                }
                if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
                    return messages.get("export.problem.datesReversed");
                }
                return "";
            case APPLICATION:
                return reference.get() == null || reference.get().isBlank()
                        ? messages.get("export.problem.noReference") : "";
            case ACTOR:
                return actor.get() == null ? messages.get("export.problem.noActor") : "";
            default:
                return "";
        }
    }

    /** The entries chosen; call only while {@link #problemProperty()} is empty. */
    public AuditScope scope() {
        return switch (kind.get()) {
            case ALL -> AuditScope.all();
            case DATE_RANGE -> AuditScope.dateRange(from.get(), to.get());
            case APPLICATION -> AuditScope.application(reference.get().strip());
            case ACTOR -> AuditScope.actor(actor.get().username());
            // The dialog offers no filter: the History window exports what its filter shows.
            case FILTER -> throw new IllegalStateException("The audit export dialog has no history filter");
        };
    }

    /** licensedesk-audit-20261129.json */
    public String defaultFileName() {
        return "licensedesk-audit-" + FILE_DATE.format(today) + ".json";
    }

    /** The user chose the file: the export starts. */
    public void confirm(Path target) {
        onConfirm.accept(scope(), target);
    }

    /** Why the form cannot be exported as it stands; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public List<User> actors() {
        return actors;
    }

    public ObjectProperty<AuditScope.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<User> actorProperty() {
        return actor;
    }
}
