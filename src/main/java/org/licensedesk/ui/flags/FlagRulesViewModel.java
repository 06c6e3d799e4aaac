package org.licensedesk.ui.flags;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.flags.FlagRefusedException;
import org.licensedesk.flags.FlagService;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * Tools → Flag rules… (issue 13): the rules in force; supervisors add, change and remove them. A rule the form or the
 * service refuses is explained under the form with the service's sentence, and nothing is stored.
 */
public final class FlagRulesViewModel {
    /** What the window needs of the flag service. */
    public interface Backend {
        List<FlagRule> rules();

        FlagRule addRule(User by, FlagRule rule);

        FlagRule changeRule(User by, FlagRule rule);

        FlagRule removeRule(User by, long id);

        static Backend of(FlagService service) {
            return new Backend() {
                @Override
                public List<FlagRule> rules() {
                    return service.rules();
                }

                @Override
                public FlagRule addRule(User by, FlagRule rule) {
                    return service.addRule(by, rule);
                }

                @Override
                public FlagRule changeRule(User by, FlagRule rule) {
                    return service.changeRule(by, rule);
                }

                @Override
                public FlagRule removeRule(User by, long id) {
                    return service.removeRule(by, id);
                }
            };
        }
    }

    private final Backend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable afterChange;
    private final ObservableList<FlagRule> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");

    /** @param afterChange told after a rule was stored (the queue reloads its flags) */
    public FlagRulesViewModel(Backend backend, User user, TaskExecutor executor, DialogService dialogs,
                              Messages messages, Runnable afterChange) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.afterChange = Objects.requireNonNull(afterChange, "afterChange");
    }

    /** Supervisors change the rules; everyone may look. */
    public boolean mayEdit() {
        return user.role() == UserRole.SUPERVISOR && user.active();
    }

    public ObservableList<FlagRule> rules() {
        return rules;
    }

    /** Why the last rule was refused, or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** What the last change did, or empty. */
    public ReadOnlyStringProperty done() {
        return done.getReadOnlyProperty();
    }

    public void load() {
        Supplier<List<FlagRule>> read = backend::rules;
        BackgroundTask.wrap(read::get)
                .withTitle(messages.get("flagRules.loading"))
                .onSuccess(rules::setAll)
                .onFailure(failure -> dialogs.showError(messages.get("flagRules.loadFailed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("flagRules.failed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    /** Adds the rule as typed, or explains under the form why not. */
    public void add(FlagRule draft) {
        store(draft, () -> backend.addRule(user, draft), "flagRules.added");
    }

    /** Stores the changed rule (same number), or explains why not. */
    public void change(FlagRule changed) {
        store(changed, () -> backend.changeRule(user, changed), "flagRules.changed");
    }

    public void remove(FlagRule rule) {
        store(null, () -> backend.removeRule(user, rule.id()), "flagRules.removed");
    }

    private void store(FlagRule rule, Supplier<FlagRule> work, String doneKey) {
        if (!mayEdit()) {
            return;
        }
        if (rule != null) {
            // The form's own check first: the same sentence the service would give, without a round trip.
            String refusal = rule.checked().refusal();
            if (refusal != null) {
                problem.set(refusal);
                done.set("");
                return;
            }
        }
        problem.set("");
        BackgroundTask.wrap(work::get)
                .withTitle(messages.get("flagRules.saving"))
                .onSuccess(stored -> {
                    done.set(messages.format(doneKey, stored.id()));
                    load();
                    afterChange.run();
                })
                .onFailure(failure -> {
                    if (failure instanceof FlagRefusedException refused) {
                        problem.set(refused.getMessage());
                    } else {
                        dialogs.showError(messages.get("flagRules.saveFailed.title"),
                                ErrorText.whatHappened(failure, messages), messages.get("flagRules.failed.whatToDo"),
                                failure);
                    }
                })
                .executeWith(executor);
    }
}
