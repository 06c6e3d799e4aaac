package org.licensedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.licensedesk.domain.User;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.Database;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.store.StoreCopy;
import org.licensedesk.store.StoreException;
import org.licensedesk.storecopy.StoreCopier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code copy-store --from DB --to DB}: a supervisor of the source copies a whole store into an empty one (a desk's H2
 * file onto the bureau's PostgreSQL server, or back, or to another file), all or nothing, and the chain is verified on
 * both sides before it says so.
 */
@Command(name = "copy-store", description = {"Copy a whole store into an empty one (supervisors of the source).",
        "H2 file to PostgreSQL server and back: every table, all or nothing; refuses a target that holds data, and "
                + "verifies the audit chain and every table's row count on both sides before it reports success. "
                + "The target's chain then records the copy (STORE_COPIED)."})
public final class CopyStoreCommand extends DeskCommand {
    private static final long REPORT_EVERY = 100_000;

    private final BackendOpener opener;

    @Option(names = "--from", paramLabel = "DB", required = true, description = "The store to copy: an H2 file "
            + "(without .mv.db) or jdbc:postgresql://host:port/name.")
    String from;

    @Option(names = "--to", paramLabel = "DB", required = true, description = "The empty store to copy into: a new "
            + "H2 file, or a PostgreSQL database nobody has used (server credentials from $LICENSEDESK_DB_USER and "
            + "$LICENSEDESK_DB_PASSWORD, else asked).")
    String to;

    @Mixin
    SignInOptions signIn;

    public CopyStoreCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    CopyStoreCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (DatabaseOption.beforeCommand(spec) != null) {
            throw new UsageException("copy-store names its two stores with --from and --to, not --db");
        }
        StoreAddress source = address(from, "--from");
        StoreAddress target = address(to, "--to");
        if (source.equals(target)) {
            throw new UsageException("--from and --to name the same store (" + source.describe() + ")");
        }
        Path newFile = target instanceof StoreAddress.H2File file && !Files.exists(Database.dataFile(file.base()))
                ? file.base() : null;
        boolean copied = false;
        long started = System.nanoTime();
        try (Backend sourceBackend = open(from, BackendOpener.Mode.EXISTING, "--from")) {
            User user = signIn.signIn(sourceBackend.accounts());
            try (Backend targetBackend = open(to, BackendOpener.Mode.CREATE, "--to")) {
                long[] reported = {0};
                StoreCopier.Result result = sourceBackend.storeCopier().copyTo(targetBackend.storeCopier(), user,
                        progress(err, reported));
                copied = true;
                for (StoreCopy.TableCount table : result.tables()) {
                    out.printf("  %-24s %,12d rows%n", table.table(), table.targetRows());
                }
                out.printf("copied %s to %s: %,d rows in %d tables, every table's row count agrees; the audit chain "
                                + "verifies on both sides (%,d entries, head seq %d, %s) in %.1f s%n",
                        sourceBackend.storeDescription(), targetBackend.storeDescription(), result.rows(),
                        result.tables().size(), result.entries(), result.headSeq(), result.headHash(),
                        (System.nanoTime() - started) / 1e9);
                out.printf("%s recorded the copy as audit entry %d (STORE_COPIED by %s), after the checks%n",
                        targetBackend.storeDescription(), result.copiedEntry().seq(), result.copiedEntry().actor());
                out.printf("(source chain checked in %.1f s, rows copied in %.1f s, copy checked in %.1f s before the "
                        + "commit)%n", result.sourceCheckSeconds(), result.copySeconds(), result.copyCheckSeconds());
            }
        } finally {
            if (!copied && newFile != null) {
                removeNewFile(newFile);
            }
        }
    }

    private static StoreCopy.Progress progress(PrintWriter err, long[] reported) {
        long[] total = {0};
        String[] current = {""};
        long[] inTable = {0};
        return (table, rows) -> {
            if (!table.equals(current[0])) {
                current[0] = table;
                inTable[0] = 0;
            }
            total[0] += rows - inTable[0];
            inTable[0] = rows;
            if (total[0] - reported[0] >= REPORT_EVERY) {
                reported[0] = total[0];
                err.printf("copied %,d rows (now %s)%n", total[0], table);
                err.flush();
            }
        };
    }

    private static StoreAddress address(String value, String option) {
        if (value.isBlank()) {
            throw new UsageException(option + " needs a store: an H2 file path or jdbc:postgresql://host:port/name");
        }
        try {
            return DataLocation.address(value);
        } catch (StoreException wrong) {
            throw new UsageException(option + ": " + naming(wrong.getMessage(), option));
        }
    }

    private Backend open(String store, BackendOpener.Mode mode, String option) {
        try {
            return opener.open(store, mode);
        } catch (StoreException refused) {
            throw new CommandFailure(naming(refused.getMessage(), option));
        }
    }

    /** The store's sentences name --db, which this command does not take. */
    private static String naming(String sentence, String option) {
        return sentence.replace("Check the --db path or the " + DataLocation.ENVIRONMENT_VARIABLE + " variable.",
                "Check " + option + ".").replace("Check the --db option or the "
                + DataLocation.ENVIRONMENT_VARIABLE + " variable.", "Check " + option + ".")
                .replace("or give another database with --db.", "or give another database with " + option + ".");
    }

    /** A target file this command made is taken away again when the copy did not happen: nothing is left behind. */
    private static void removeNewFile(Path base) {
        for (String suffix : new String[] {".mv.db", ".password", ".trace.db", ".lock.db"}) {
            try {
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + suffix));
            } catch (IOException e) {
                // left behind: an empty store, which a later copy-store may use
            }
        }
    }
}
