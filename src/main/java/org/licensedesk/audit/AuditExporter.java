package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.licensedesk.domain.FileTrouble;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryRepository;

/**
 * Writes audit entries to a {@code licensedesk.audit} file, streaming, so millions of entries take
 * constant memory. The file appears only when complete, and the export is itself recorded in the trail.
 */
public final class AuditExporter {
    public static final String FORMAT = "licensedesk.audit";
    public static final int FORMAT_VERSION = 1;

    private static final int PROGRESS_STEP = 1000;

    private final Database database;
    private final AuditRepository repository;
    private final HistoryRepository history;
    private final AuditTrail trail;
    private final Officials officials;
    private final ObjectMapper mapper = JsonMapper.shared();

    /** @param officials who may export: active supervisors only */
    public AuditExporter(Database database, AuditRepository repository, HistoryRepository history, AuditTrail trail,
            Officials officials) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.history = Objects.requireNonNull(history, "history");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.officials = Objects.requireNonNull(officials, "officials");
    }

    /**
     * Exports the entries of {@code scope} up to the chain's head at the start, in seq order, to
     * {@code target}, replacing it. Meant for a background thread.
     *
     * @throws AuditRefusedException when the user is not an active supervisor
     * @throws CancellationException when {@code cancelled} turns true; then no file and no entry are left
     * @throws UncheckedIOException  when the file cannot be written, with a sentence naming the file
     */
    public ExportResult export(AuditScope scope, Path target, User exportedBy, ProgressListener progress,
            BooleanSupplier cancelled) {
        return export(scope, ExportFormat.JSON, target, exportedBy, progress, cancelled);
    }

    /** As {@link #export(AuditScope, Path, User, ProgressListener, BooleanSupplier)}, in either format. */
    public ExportResult export(AuditScope scope, ExportFormat format, Path target, User exportedBy,
            ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(exportedBy, "exportedBy");
        return export(scope, format, target, exportedBy.username(), CompletableFuture.completedFuture(exportedBy),
                progress, cancelled);
    }

    /**
     * As {@link #export(AuditScope, Path, User, ProgressListener, BooleanSupplier)} while {@code username}'s sign-in
     * is still being checked on another thread ({@code signingIn}: the password's PBKDF2 hash takes a part of a
     * second of CPU, which the command line's export no longer waits for before reading: issue 11). The entries are
     * read into the hidden temporary file meanwhile; nothing is recorded and no file appears unless the sign-in
     * succeeds and its user is an active supervisor, which is asked as soon as the sign-in is done. When the sign-in
     * fails, its exception is thrown, whatever else failed meanwhile, as if it had been checked first.
     *
     * @param username  the name being signed in, exactly as the sign-in looks it up (the file's exportedBy)
     * @param signingIn completes with the signed-in user, or exceptionally with the refusal
     */
    public ExportResult export(AuditScope scope, Path target, String username, CompletableFuture<User> signingIn,
            ProgressListener progress, BooleanSupplier cancelled) {
        return export(scope, ExportFormat.JSON, target, username, signingIn, progress, cancelled);
    }

    private ExportResult export(AuditScope scope, ExportFormat format, Path target, String username,
            CompletableFuture<User> signingIn, ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(username, "username");
        try {
            // Known already (the window, the other commands): refused before anything is read, as always.
            User[] supervisor = {signingIn.isDone() ? supervisor(signingIn, username) : null};
            BooleanSupplier stop = () -> {
                if (cancelled.getAsBoolean()) {
                    return true;
                }
                if (supervisor[0] == null && signingIn.isDone()) {
                    supervisor[0] = supervisor(signingIn, username);
                }
                return false;
            };
            Path file = target.toAbsolutePath().normalize();
            AuditEntryHead head = repository.head();
            Instant exportedAt = trail.now();
            Path temporary = createTemporary(file);
            try {
                ScopedEntries source = ScopedEntries.of(scope, head, repository, history);
                long written;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                    written = format == ExportFormat.CSV
                            ? writeCsv(out, source, progress, stop)
                            : writeJson(out, source, scope, head, exportedAt, username, progress, stop);
                } catch (IOException e) {
                    throw cannotWrite(temporary, e);
                } catch (UncheckedIOException e) {
                    throw cannotWrite(temporary, e.getCause());
                }
                if (supervisor[0] == null) {
                    supervisor[0] = supervisor(signingIn, username);
                }
                progress.update(written, written);
                recordAndMoveIntoPlace(temporary, file, scope, format, head, written, supervisor[0]);
                return new ExportResult(written, head.seq(), file);
            } finally {
                deleteQuietly(temporary);
            }
        } catch (RuntimeException e) {
            throw signInFailureOr(signingIn, e);
        }
    }

    /** The signed-in user once the sign-in is done, if an active supervisor; else the sign-in's or the refusal. */
    private User supervisor(CompletableFuture<User> signingIn, String username) {
        User user = signedIn(signingIn);
        if (!user.username().equals(username)) {
            throw new IllegalStateException("signed in as " + user.username() + ", exporting as " + username);
        }
        return officials.require(Authority.SUPERVISOR, user, "export the audit trail", AuditRefusedException::new);
    }

    private static User signedIn(CompletableFuture<User> signingIn) {
        try {
            return signingIn.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The sign-in's failure, waited for, when it failed; else {@code failure}. */
    private static RuntimeException signInFailureOr(CompletableFuture<User> signingIn, RuntimeException failure) {
        try {
            signedIn(signingIn);
            return failure;
        } catch (RuntimeException signInFailure) {
            return signInFailure;
        }
    }

    private long writeJson(OutputStream out, ScopedEntries source, AuditScope scope, AuditEntryHead head,
            Instant exportedAt, String exportedBy, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new ExportLayout());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("exportedAt", AuditRepository.AT_FORMAT.format(exportedAt));
            json.writeStringField("exportedBy", exportedBy);
            json.writeFieldName("scope");
            json.writeTree(ScopeJson.write(mapper, scope));
            json.writeObjectFieldStart("chain");
            json.writeStringField("algorithm", "SHA-256");
            json.writeStringField("canonicalization", "RFC8785");
            json.writeNumberField("headSeq", head.seq());
            json.writeStringField("headHash", head.hash());
            json.writeEndObject();
            json.writeArrayFieldStart("entries");
            long written = stream(source, progress, cancelled, entry -> writeEntry(json, entry));
            json.writeEndArray();
            json.writeNumberField("entryCount", written);
            json.writeEndObject();
            json.writeRaw('\n');
            return written;
        }
    }

    private long writeCsv(OutputStream out, ScopedEntries source, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException {
        try (CsvEntrySheet sheet = new CsvEntrySheet(out, history.zone())) {
            return stream(source, progress, cancelled, sheet::write);
        }
    }

    /**
     * Hands each entry of the source to {@code writer}, reporting progress.
     *
     * @throws CancellationException as soon as {@code cancelled} turns true
     */
    private static long stream(ScopedEntries source, ProgressListener progress, BooleanSupplier cancelled,
            Consumer<AuditEntry> writer) {
        long[] written = {0};
        AtomicBoolean stopped = new AtomicBoolean(cancelled.getAsBoolean());
        long total = stopped.get() ? 0 : source.count();
        progress.update(0, total);
        if (total > 0) {
            source.forEach(entry -> {
                if (cancelled.getAsBoolean()) {
                    stopped.set(true);
                    return false;
                }
                writer.accept(entry);
                written[0]++;
                if (written[0] % PROGRESS_STEP == 0) {
                    progress.update(written[0], total);
                }
                return true;
            });
        }
        if (stopped.get() || cancelled.getAsBoolean()) {
            throw new CancellationException("The audit export was cancelled; no file was written.");
        }
        return written[0];
    }

    private void writeEntry(JsonGenerator json, AuditEntry entry) {
        try {
            json.writeStartObject();
            json.writeNumberField("seq", entry.seq());
            json.writeStringField("at", entry.at());
            json.writeStringField("applicationRef", entry.applicationRef());
            json.writeStringField("action", entry.action());
            json.writeStringField("actor", entry.actor());
            json.writeStringField("actorRole", entry.actorRole());
            json.writeStringField("fromStatus", entry.fromStatus());
            json.writeStringField("toStatus", entry.toStatus());
            json.writeStringField("note", entry.note());
            json.writeFieldName("details");
            writeDetails(json, entry.detailsJson());
            json.writeStringField("prevHash", entry.prevHash());
            json.writeStringField("hash", entry.hash());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Details are copied as they are stored when they are one JSON value, without building a tree (issue 11: the
     * re-parse made export 1.85x its raw limit); text that is not exactly one JSON value (an altered row) is kept as
     * a string, so it shows. The chain hashes the canonical form (RFC 8785), so the copy verifies as the tree did.
     * Plain details are recognised without a parser ({@link PlainJson}); Jackson decides the rest.
     */
    private void writeDetails(JsonGenerator json, String details) throws IOException {
        if ("{}".equals(details)) {
            json.writeStartObject();
            json.writeEndObject();
        } else if (PlainJson.isOneValue(details) || isOneJsonValue(mapper.getFactory(), details)) {
            json.writeRawValue(details);
        } else {
            json.writeString(details);
        }
    }

    /** Whether the text is exactly one JSON value, read token by token (nothing after it but white space). */
    static boolean isOneJsonValue(JsonFactory factory, String text) {
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Records the export and moves the file into place in one transaction: both happen, or neither stays. */
    private void recordAndMoveIntoPlace(Path temporary, Path file, AuditScope scope, ExportFormat format,
            AuditEntryHead head, long written, User exportedBy) {
        ObjectNode details = mapper.createObjectNode();
        details.set("scope", ScopeJson.write(mapper, scope));
        if (format == ExportFormat.CSV) {
            details.put("format", "csv");
        }
        details.put("file", file.getFileName().toString());
        details.put("entryCount", written);
        details.put("headSeq", head.seq());
        AuditDraft draft = new AuditDraft(trail.now(), null, AuditAction.AUDIT_EXPORTED, exportedBy.username(),
                exportedBy.role(), null, null,
                "Exported " + written + (written == 1 ? " audit entry (" : " audit entries (") + scope.describe()
                        + ") to " + file.getFileName() + ".",
                details.toString());
        AtomicBoolean moved = new AtomicBoolean();
        try {
            database.write(transaction -> {
                // Exports of a million entries take minutes: a deactivation meanwhile still counts.
                officials.require(transaction, Authority.SUPERVISOR, exportedBy, "export the audit trail",
                        AuditRefusedException::new);
                AuditEntry recorded = trail.append(transaction, draft);
                moveIntoPlace(temporary, file);
                moved.set(true);
                return recorded;
            });
        } catch (RuntimeException e) {
            if (moved.get()) {
                deleteQuietly(file);
            }
            throw e;
        }
    }

    private static void moveIntoPlace(Path temporary, Path file) {
        try {
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static Path createTemporary(Path file) {
        try {
            return Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static UncheckedIOException cannotWrite(Path file, IOException e) {
        return new UncheckedIOException("The audit export could not be written to " + file + " ("
                + FileTrouble.reason(e) + "). Check that the folder exists, that you may write there and that the "
                + "disk has room.", e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: the temporary name starts with a dot, so a leftover is hidden and harmless.
        }
    }
}
