package org.licensedesk.ui.users;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.account.AccountService;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.Messages;

/**
 * A form that sets a password: a new account (user name, name, role and first password) or a reset (the password
 * only). The password is typed twice; the service decides the rest and its refusal keeps the form open.
 */
public final class PasswordForm {
    private final User existing;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<UserRole> role = new SimpleObjectProperty<>(this, "role", UserRole.REVIEWER);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final StringBinding problem;
    private final BooleanBinding canSubmit;
    private final Consumer<PasswordForm> submitter;

    /** @param existing the account whose password is reset, or null for a new account */
    PasswordForm(User existing, Messages messages, Consumer<PasswordForm> submitter) {
        this.existing = existing;
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        if (existing != null) {
            username.set(existing.username());
            displayName.set(existing.displayName());
            role.set(existing.role());
        }
        problem = Bindings.createStringBinding(() -> {
            if (existing == null && (username.get().isBlank() || displayName.get().isBlank())) {
                return messages.get("users.problem.names");
            }
            if (password.get().length() < AccountService.MIN_PASSWORD_LENGTH) {
                return messages.format("users.problem.short", AccountService.MIN_PASSWORD_LENGTH);
            }
            if (!password.get().equals(repeat.get())) {
                return messages.get("users.problem.mismatch");
            }
            return "";
        }, username, displayName, password, repeat);
        canSubmit = problem.isEmpty().and(busy.not()).and(closed.not());
    }

    public boolean isNewAccount() {
        return existing == null;
    }

    public void submit() {
        if (canSubmit.get()) {
            submitter.accept(this);
        }
    }

    char[] passwordChars() {
        return password.get().toCharArray();
    }

    void setBusy(boolean value) {
        busy.set(value);
    }

    void close() {
        // The typed passwords go with the form; a closed form keeps none.
        password.set("");
        repeat.set("");
        closed.set(true);
    }

    /** Why the form cannot be sent as it stands (before the service's own checks); empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<UserRole> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
