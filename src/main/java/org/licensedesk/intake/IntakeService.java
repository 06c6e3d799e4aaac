package org.licensedesk.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;
import org.licensedesk.flags.FlagGate;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;

/**
 * Imports a {@code licensedesk.intake} file (schema: {@code org/licensedesk/intake/intake.schema.json}) in one
 * streamed pass and one transaction: every application is checked before it is written, and a file with any
 * problem is refused whole, so the database is as it was. References already stored are skipped, so importing
 * a file twice is harmless. Each imported application gets a CREATED audit entry in the same transaction, and
 * its parties are screened in it too, batch by batch as the applications are written (so memory holds one
 * batch, whatever the size of the file), and a new application never shows without its screening hits.
 */
public final class IntakeService {
    /** Problems listed in a result; a worse file still has all of them counted. */
    public static final int MAX_LISTED_PROBLEMS = 1_000;

    private final Database database;
    private final ApplicationRepository applications;
    private final ControlListRepository controlLists;
    private final IntakeRepository intake;
    private final AuditTrail auditTrail;
    private final ImportScreening screening;
    private final Officials officials;
    private final FlagGate flags;
    private final ObjectMapper mapper = JsonMapper.shared();
    /** Built on first use: loading the validator would slow every start of the app and every command. */
    private IntakeSchema schema;
    private final IntakeFile format = new IntakeFile();

    /** An intake that does not screen what it imports (for tests and tools that screen separately). */
    public IntakeService(Database database, ApplicationRepository applications, ControlListRepository controlLists,
                         IntakeRepository intake, AuditTrail auditTrail, Officials officials) {
        this(database, applications, controlLists, intake, auditTrail, officials, ImportScreening.NONE);
    }

    /**
     * @param officials who may import: any active official
     * @param screening screens each batch of imported applications as it is written, before the import commits
     */
    public IntakeService(Database database, ApplicationRepository applications, ControlListRepository controlLists,
                         IntakeRepository intake, AuditTrail auditTrail, Officials officials,
                         ImportScreening screening) {
        this(database, applications, controlLists, intake, auditTrail, officials, screening, null);
    }

    /**
     * @param flags raises the flag rules' flags on what was imported, after its CREATED entries, before the import
     *              commits (issue 13); null raises none
     */
    public IntakeService(Database database, ApplicationRepository applications, ControlListRepository controlLists,
                         IntakeRepository intake, AuditTrail auditTrail, Officials officials,
                         ImportScreening screening, FlagGate flags) {
        this.flags = flags;
        this.screening = Objects.requireNonNull(screening, "screening");
        this.officials = Objects.requireNonNull(officials, "officials");
        this.database = Objects.requireNonNull(database, "database");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.controlLists = Objects.requireNonNull(controlLists, "controlLists");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    }

    /**
     * Imports the applications of {@code file}, or none of them. Meant for a background thread.
     *
     * @param progress  bytes read of the file's size, from time to time
     * @param cancelled asked before each application; when it turns true nothing is imported
     * @return what was imported and skipped, or the problems that refused the file
     * @throws IntakeRefusedException when the user is inactive or the file cannot be opened
     * @throws CancellationException  when {@code cancelled} turned true; nothing was written
     * @throws UncheckedIOException   when reading the file fails part way (a disk error); nothing was written
     */
    public ImportResult importFile(Path file, User by, ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(file, "file");
        officials.require(Authority.ANY_ACTIVE, by, "import applications", IntakeRefusedException::new);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = size(file);
        ControlList controlList = controlLists.load();
        IntakeRun.Parts parts = new IntakeRun.Parts(schema(), new ApplicationChecks(controlList),
                new ApplicationReader(controlList), applications, intake);
        String details = details(fileName);
        // The file is opened inside the transaction: a PostgreSQL hand-over runs the lambda again, and the retry
        // must read the file from its first byte, not from where the failed attempt stopped.
        try {
            return database.write(transaction -> {
                User importer = officials.require(transaction, Authority.ANY_ACTIVE, by, "import applications",
                        IntakeRefusedException::new);
                progress.update(0, size);
                try (InputStream in = new BufferedInputStream(open(file), 1 << 16)) {
                    IntakeRun run = new IntakeRun(transaction, parts, screening.start(transaction), fileName, size,
                            progress, cancelled);
                    format.read(in, run);
                    if (run.refused()) {
                        throw new Refused(run.result());
                    }
                    run.finish(auditTrail, importer, details);
                    ImportResult result = run.result();
                    if (flags != null) {
                        flags.raise(transaction, result.importedReferences(), importer, auditTrail.now());
                    }
                    return result;
                } catch (IOException e) {
                    throw new UncheckedIOException("Reading " + file + " failed part way (" + e.getMessage()
                            + "); nothing was imported.", e);
                }
            });
        } catch (Refused refused) {
            return refused.result;
        }
    }

    private synchronized IntakeSchema schema() {
        if (schema == null) {
            schema = new IntakeSchema(mapper);
        }
        return schema;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new IntakeRefusedException("Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new IntakeRefusedException(file + " is a folder, not an intake file.");
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IntakeRefusedException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new IntakeRefusedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private String details(String fileName) {
        ObjectNode details = mapper.createObjectNode();
        details.put("file", fileName);
        details.put("source", "intake");
        return details.toString();
    }

    /** Carries a refusal out of the transaction, which rolls it back. */
    private static final class Refused extends RuntimeException {
        private final transient ImportResult result;

        Refused(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
