package org.licensedesk.storecopy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.Database;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.store.StoreCopy;

/**
 * Moves a whole store to another one (a desk's H2 file onto the bureau's PostgreSQL server, or back): a supervisor
 * of the source copies it into a target that holds nothing yet. The source's chain must verify first; the copy is
 * one transaction on the target, committed only when the copied chain verifies there too, ends at the same head,
 * and every table has as many rows as the source. In that transaction, after those checks, the target's chain gets
 * an entry of its own: {@code STORE_COPIED} by the supervisor, naming the source, its head and the counts copied.
 */
public final class StoreCopier {
    private final Database database;
    private final AuditTrail auditTrail;
    private final Officials officials;

    public StoreCopier(Database database, AuditTrail auditTrail, Officials officials) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = Objects.requireNonNull(officials, "officials");
    }

    /**
     * What a copy did: each table's rows on both sides, the chain both sides verified, and the seconds spent checking
     * the source's chain, copying the rows and checking the copy (row counts and chain) before the commit.
     */
    public record Result(List<StoreCopy.TableCount> tables, long entries, long headSeq, String headHash,
                         AuditEntry copiedEntry,
                         double sourceCheckSeconds, double copySeconds, double copyCheckSeconds) {
        public long rows() {
            return tables.stream().mapToLong(StoreCopy.TableCount::targetRows).sum();
        }
    }

    /** The store this copier reads or writes, as messages name it. */
    public String describe() {
        return database.describe();
    }

    /**
     * Copies this store into {@code target}'s, or refuses with one sentence and writes nothing.
     *
     * @param by       who copies: an active supervisor of this (the source) store; the copy carries the whole audit
     *                 trail, which only supervisors read
     * @param progress told after every batch of rows
     * @throws StoreCopyRefusedException when the official may not, the target holds data, or either chain fails
     */
    public Result copyTo(StoreCopier target, User by, StoreCopy.Progress progress) {
        Objects.requireNonNull(target, "target");
        User supervisor = officials.require(Authority.SUPERVISOR, by, "copy the store",
                StoreCopyRefusedException::new);
        if (target.database.address().equals(database.address())) {
            throw new StoreCopyRefusedException("The source and the target are the same store (" + describe()
                    + "): give another --to.");
        }
        Map<String, Long> inUse = target.database.read(StoreCopy::contents);
        refuseIfInUse(target, inUse);
        long started = System.nanoTime();
        ChainVerification source = auditTrail.verifyDatabase(ProgressListener.NONE, () -> false);
        double sourceCheckSeconds = secondsSince(started);
        if (!source.ok()) {
            throw new StoreCopyRefusedException("The audit trail of " + describe() + " does not verify ("
                    + source.reason() + (source.firstBrokenSeq() == null ? "" : ", first broken seq "
                    + source.firstBrokenSeq()) + "), so nothing was copied: a copy would carry the break to "
                    + target.describe() + ". Find out what happened with verify-audit --db and the last checkpoint "
                    + "first.");
        }
        return database.read(sourceTransaction -> target.database.write(targetTransaction -> {
            refuseIfInUse(target, StoreCopy.contents(targetTransaction));
            long copyStarted = System.nanoTime();
            StoreCopy.Copied copy = StoreCopy.copy(sourceTransaction, targetTransaction, progress);
            double copySeconds = secondsSince(copyStarted);
            long checkStarted = System.nanoTime();
            List<StoreCopy.TableCount> disagree = copy.tables().stream().filter(count -> !count.agree()).toList();
            if (!disagree.isEmpty()) {
                StoreCopy.TableCount first = disagree.get(0);
                throw new StoreCopyRefusedException("The copy was undone: the table " + first.table() + " has "
                        + first.sourceRows() + " rows in " + describe() + " but " + first.targetRows() + " in "
                        + target.describe() + ". Nothing was written to " + target.describe() + ".");
            }
            ChainVerification copied = target.auditTrail.verifyDatabase(targetTransaction, ProgressListener.NONE);
            if (!copied.ok()) {
                throw new StoreCopyRefusedException("The copy was undone: its audit trail does not verify on "
                        + target.describe() + " (" + copied.reason() + "). Nothing was written to "
                        + target.describe() + ".");
            }
            if (!copy.sourceHead().equals(copy.targetHead()) || copied.headSeq() != copy.sourceHead().seq()) {
                throw new StoreCopyRefusedException("The copy was undone: its audit trail ends at entry "
                        + copied.headSeq() + " on " + target.describe() + " but at entry " + copy.sourceHead().seq()
                        + " in " + describe() + ". Nothing was written to " + target.describe() + ".");
            }
            double copyCheckSeconds = secondsSince(checkStarted);
            // Only now, with the copy checked, the target records it: the entry is the first its chain did not copy.
            AuditEntry entry = target.auditTrail.append(targetTransaction, storeCopied(copy, supervisor));
            return new Result(copy.tables(), copied.entriesChecked(), copy.targetHead().seq(),
                    copy.targetHead().hash(), entry, sourceCheckSeconds, copySeconds, copyCheckSeconds);
        }));
    }

    /**
     * The target's entry for the copy: the source (its kind and what the status bar calls it, never a password), the
     * source chain's head and the rows copied. Details: sourceKind ("H2" or "PostgreSQL"), source, sourceHeadSeq,
     * sourceHeadHash, tables, rows, officials, applications, auditEntries.
     */
    private AuditDraft storeCopied(StoreCopy.Copied copy, User by) {
        ObjectNode details = new ObjectMapper().createObjectNode()
                .put("sourceKind", database.address() instanceof StoreAddress.Server ? "PostgreSQL" : "H2")
                .put("source", describe())
                .put("sourceHeadSeq", copy.sourceHead().seq())
                .put("sourceHeadHash", copy.sourceHead().hash())
                .put("tables", copy.tables().size())
                .put("rows", copy.tables().stream().mapToLong(StoreCopy.TableCount::targetRows).sum())
                .put("officials", rowsOf(copy, "app_user"))
                .put("applications", rowsOf(copy, "licence_application"))
                .put("auditEntries", rowsOf(copy, "audit_entry"));
        return new AuditDraft(auditTrail.now(), null, AuditAction.STORE_COPIED, by.username(), by.role(), null, null,
                "Store copied from " + describe() + " (head seq " + copy.sourceHead().seq() + ")", details.toString());
    }

    private static long rowsOf(StoreCopy.Copied copy, String table) {
        return copy.tables().stream().filter(count -> count.table().equals(table))
                .mapToLong(StoreCopy.TableCount::targetRows).sum();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void refuseIfInUse(StoreCopier target, Map<String, Long> contents) {
        long officials = contents.get("app_user");
        long applications = contents.get("licence_application");
        long entries = contents.get("audit_entry");
        if (officials + applications + entries > 0) {
            throw new StoreCopyRefusedException(target.describe() + " is not empty (" + officials + " officials, "
                    + applications + " applications, " + entries + " audit entries): copy-store copies only into a "
                    + "store nobody has used, so nothing was written. Give a new database as --to.");
        }
    }
}
