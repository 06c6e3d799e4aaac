package org.licensedesk.ui.signin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.SignInRefusedException;
import org.licensedesk.domain.User;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The sign-in form: checks the password in the background (hashing takes a noticeable fraction of a second) and
 * says why a sign-in was refused, in the user's language.
 */
public final class SignInViewModel {
    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Authenticator authenticator;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ZoneId zone;
    private final Consumer<User> onSignedIn;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper refusals = new ReadOnlyIntegerWrapper(this, "refusals");

    /**
     * @param zone       where "locked until 14:05" is told, the user's time zone
     * @param onSignedIn called on the FX thread with the user once the password is right
     */
    public SignInViewModel(Authenticator authenticator, TaskExecutor executor, Messages messages, ZoneId zone,
            Consumer<User> onSignedIn) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.executor = executor;
        this.messages = messages;
        this.zone = zone;
        this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    }

    /** Checks the password; the array is cleared once checked. Ignored while a check runs. */
    public void signIn(char[] password) {
        if (busy.get()) {
            Arrays.fill(password, '\0');
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        if (name.isEmpty() || password.length == 0) {
            Arrays.fill(password, '\0');
            error.set(messages.get("signIn.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        BackgroundTask.wrap(() -> {
                    try {
                        return authenticator.signIn(name, password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                })
                .withTitle(messages.get("signIn.checking"))
                .onSuccess(user -> {
                    busy.set(false);
                    onSignedIn.accept(user);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    error.set(describe(failure));
                    refusals.set(refusals.get() + 1);
                })
                .executeWith(executor);
    }

    private String describe(Throwable failure) {
        if (!(failure instanceof SignInRefusedException refused)) {
            return messages.format("signIn.failed", ErrorText.whatHappened(failure, messages));
        }
        return switch (refused.reason()) {
            case WRONG_CREDENTIALS -> messages.format("signIn.wrongCredentials", AccountService.MAX_FAILED_SIGN_INS,
                    AccountService.LOCK_DURATION.toMinutes());
            case LOCKED -> refused.lockedUntil()
                    .map(until -> messages.format("signIn.locked", LOCK_TIME.format(until.atZone(zone))))
                    .orElse(ErrorText.whatHappened(refused, messages));
            case INACTIVE -> messages.get("signIn.inactive");
            case NO_PASSWORD -> messages.get("signIn.noPassword");
            case TRAIL_MISMATCH -> messages.format("signIn.trailMismatch", refused.getMessage());
        };
    }

    public StringProperty usernameProperty() {
        return username;
    }

    /** Why the last attempt was refused; empty before the first and while a check runs. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Counts refused attempts, so the view can clear the password field after each. */
    public ReadOnlyIntegerProperty refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }
}
