package org.licensedesk.ui.users;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.licensedesk.account.AccountRefusedException;
import org.licensedesk.domain.User;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/** Tools → Users: the accounts, and a supervisor's changes to them; every refusal is told. */
public final class UsersViewModel {
    private final UserAdministration administration;
    private final User supervisor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final UserDialogs forms;
    private final ReadOnlyObjectWrapper<List<User>> users = new ReadOnlyObjectWrapper<>(this, "users", List.of());

    public UsersViewModel(UserAdministration administration, User supervisor, TaskExecutor executor,
            DialogService dialogs, Messages messages, UserDialogs forms) {
        this.administration = Objects.requireNonNull(administration, "administration");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.forms = Objects.requireNonNull(forms, "forms");
    }

    public void reload() {
        BackgroundTask.wrap(administration::users)
                .withTitle(messages.get("users.loading"))
                .onSuccess(found -> users.set(List.copyOf(found)))
                .onFailure(failure -> failed(messages.get("users.loadFailed.title"), failure))
                .executeWith(executor);
    }

    public void startAdd() {
        forms.showPasswordForm(new PasswordForm(null, messages, this::add));
    }

    public void startReset(User user) {
        if (user != null) {
            forms.showPasswordForm(new PasswordForm(user, messages, this::reset));
        }
    }

    private void add(PasswordForm form) {
        String username = form.usernameProperty().get();
        String displayName = form.displayNameProperty().get();
        char[] password = form.passwordChars();
        run(form, () -> administration.addUser(supervisor, username, displayName, form.roleProperty().get(),
                password), password, messages.get("users.add.failed.title"),
                messages.format("users.add.done", username));
    }

    private void reset(PasswordForm form) {
        String username = form.usernameProperty().get();
        char[] password = form.passwordChars();
        run(form, () -> {
            administration.resetPassword(supervisor, username, password);
            return null;
        }, password, messages.get("users.reset.failed.title"), messages.format("users.reset.done", username));
    }

    private void run(PasswordForm form, Callable<?> change, char[] password, String failedTitle,
            String done) {
        form.setBusy(true);
        BackgroundTask.wrap(() -> {
                    try {
                        return change.call();
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                })
                .withTitle(messages.get("users.saving"))
                .onSuccess(result -> {
                    form.setBusy(false);
                    form.close();
                    dialogs.showInformation(messages.get("users.done.title"), done);
                    reload();
                })
                .onFailure(failure -> {
                    form.setBusy(false);
                    failed(failedTitle, failure);
                })
                .executeWith(executor);
    }

    /** Deactivates an account after asking; the account stays in the list and the audit trail. */
    public void deactivate(User user) {
        if (user == null || !dialogs.confirm(messages.get("users.deactivate.title"),
                messages.format("users.deactivate.question", user.displayName(), user.username()),
                messages.get("users.deactivate.button"))) {
            return;
        }
        BackgroundTask.wrap(() -> administration.deactivate(supervisor, user.username()))
                .withTitle(messages.get("users.saving"))
                .onSuccess(result -> {
                    dialogs.showInformation(messages.get("users.done.title"),
                            messages.format("users.deactivate.done", user.username()));
                    reload();
                })
                .onFailure(failure -> failed(messages.get("users.deactivate.failed.title"), failure))
                .executeWith(executor);
    }

    private void failed(String title, Throwable failure) {
        if (failure instanceof AccountRefusedException) {
            dialogs.showError(title, failure.getMessage(), messages.get("users.refused.whatToDo"));
        } else {
            dialogs.showError(title, ErrorText.whatHappened(failure, messages), messages.get("users.failed.whatToDo"),
                    failure);
        }
    }

    public User supervisor() {
        return supervisor;
    }

    public ReadOnlyObjectProperty<List<User>> usersProperty() {
        return users.getReadOnlyProperty();
    }

    public List<User> users() {
        return users.get();
    }
}
