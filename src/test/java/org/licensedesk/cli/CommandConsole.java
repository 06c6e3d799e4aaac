package org.licensedesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.licensedesk.app.Services;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/**
 * A signed-in command run through the same wiring as the launcher, on a real database file, keeping what it printed.
 * The officials sign in through the environment, as a script would.
 */
final class CommandConsole {
    static final String PASSWORD = "correct horse battery";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    /** The reviewer and the supervisor most command tests sign in as. */
    static final User REVIEWER = new User("the.rev", "The Reviewer", UserRole.REVIEWER, true);
    static final User SUPERVISOR = new User("the.sup", "The Supervisor", UserRole.SUPERVISOR, true);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * Creates an empty database in the folder whose officials sign in with {@link #PASSWORD}, hashed once for all
     * command tests with few iterations (the hash's cost is the sign-in tests' business); returns its {@code --db}.
     */
    static String createDatabase(Path folder, User... officials) {
        return createDatabase(folder, WeakHash.OF_PASSWORD, officials);
    }

    /** Creates an empty database in the folder whose officials have this password hash; returns its {@code --db}. */
    static String createDatabase(Path folder, PasswordHash hash, User... officials) {
        String db = folder.resolve("desk").toString();
        Services.open(db, BackendOpener.Mode.CREATE, CLOCK).close();
        try (Database database = Database.openExisting(Path.of(db))) {
            UserRepository users = new UserRepository(database);
            database.write(transaction -> {
                for (User official : officials) {
                    users.insert(transaction, official, hash);
                }
                return null;
            });
        }
        return db;
    }

    /** Runs the command, signed in as the user; returns its exit code. */
    int run(String user, BiFunction<BackendOpener, SignInOptions, DeskCommand> command, String... args) {
        out.reset();
        err.reset();
        BackendOpener opener = (option, mode) -> Services.open(option, mode, CLOCK);
        Map<String, String> environment = Map.of("LICENSEDESK_USER", user, "LICENSEDESK_PASSWORD", PASSWORD);
        Cli cli = new Cli(List.of(command.apply(opener, new SignInOptions(environment, null))));
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    /** Made on first use, by the class loader, once per test JVM. */
    private static final class WeakHash {
        static final PasswordHash OF_PASSWORD = PasswordHasher.weakForTests(1_000).hash(PASSWORD.toCharArray());
    }
}
