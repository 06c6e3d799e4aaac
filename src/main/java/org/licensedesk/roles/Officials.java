package org.licensedesk.roles;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.store.Database;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.UserRepository;

/**
 * The acting official as the store knows them now. Services ask it before they change data or show the audit trail
 * on someone's behalf, so a window left open by an official who has since been deactivated, or whose role changed,
 * gets the refusal a fresh sign-in would. Each service refuses with its own exception type, in a sentence.
 */
public final class Officials {
    private final Database database;
    private final UserRepository users;
    private final AccountCheck trail;

    /** Trusts the users table alone ({@link AccountCheck#NONE}): for tests of other rules. */
    public Officials(Database database, UserRepository users) {
        this(database, users, AccountCheck.NONE);
    }

    /** @param trail checks the stored account against the audit trail before anything is allowed */
    public Officials(Database database, UserRepository users, AccountCheck trail) {
        this.database = Objects.requireNonNull(database, "database");
        this.users = Objects.requireNonNull(users, "users");
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    /**
     * The official as stored, when they have {@code authority}.
     *
     * @param what    what they want to do, for the sentence: "replace a screening list"
     * @param refused makes the service's refusal from the sentence
     */
    public User require(Authority authority, User by, String what,
                        Function<String, ? extends RuntimeException> refused) {
        return database.read(transaction -> require(transaction, authority, by, what, refused));
    }

    /** As {@link #require(Authority, User, String, Function)}, on the caller's transaction. */
    public User require(Transaction transaction, Authority authority, User by, String what,
                        Function<String, ? extends RuntimeException> refused) {
        Objects.requireNonNull(by, "by");
        Optional<User> stored = users.find(transaction, by.username());
        Optional<String> refusal = authority.refusal(stored, by.username(), what);
        if (refusal.isPresent()) {
            throw refused.apply(refusal.get());
        }
        trail.check(transaction, stored.get(), refused);
        return stored.get();
    }
}
