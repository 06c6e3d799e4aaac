package org.licensedesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.ShownText;
import org.licensedesk.domain.User;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.store.Transaction;

/**
 * One import on one transaction: checks each application as the file streams by and writes the good ones in
 * batches, screening each batch once written; at the first problem it rolls back and writes nothing more, but
 * reads on to list every problem. Holds the file's references (to find repeats), never its applications.
 */
final class IntakeRun implements IntakeFile.Visitor {
    private static final int BATCH = 500;
    private static final int AUDIT_BATCH = 5_000;
    private static final int PROGRESS_STEP = 250;

    private final Transaction transaction;
    private final IntakeSchema schema;
    private final TextChecks text = new TextChecks();
    private final ApplicationChecks checks;
    private final ApplicationReader reader;
    private final ApplicationRepository applications;
    private final IntakeRepository intake;
    private final ImportScreening.Batches screening;
    private final String fileName;
    private final long fileSize;
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;

    /** Each reference of the file with the index of the application that first had it. */
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<LicenceApplication> pending = new ArrayList<>(BATCH);
    private final List<String> imported = new ArrayList<>();
    private final Set<String> incomplete = new LinkedHashSet<>();
    private final List<String> flaggedByScreening = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<IntakeProblem> problems = new ArrayList<>();
    private long problemCount;
    private boolean writing = true;

    /** What a run works with: the checks (for the control list of this import) and the store. */
    record Parts(IntakeSchema schema, ApplicationChecks checks, ApplicationReader reader,
                 ApplicationRepository applications, IntakeRepository intake) {
    }

    IntakeRun(Transaction transaction, Parts parts, ImportScreening.Batches screening, String fileName,
              long fileSize, ProgressListener progress, BooleanSupplier cancelled) {
        this.transaction = transaction;
        this.screening = screening;
        this.schema = parts.schema();
        this.checks = parts.checks();
        this.reader = parts.reader();
        this.applications = parts.applications();
        this.intake = parts.intake();
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public void application(int index, JsonNode application, long bytesRead) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The import of " + fileName + " was cancelled; nothing was imported.");
        }
        String base = "/applications/" + index;
        // The text checks come first and say what is wrong with a value in its own words; the schema and the
        // other checks would only add "is not in the expected form" for the same value.
        List<IntakeProblem> found = new ArrayList<>(text.check(application, base));
        Set<String> reported = new HashSet<>();
        found.forEach(problem -> reported.add(problem.pointer()));
        for (IntakeProblem problem : schema.check(application, base)) {
            if (!reported.contains(problem.pointer())) {
                found.add(problem);
            }
        }
        for (IntakeProblem problem : checks.check(application, base)) {
            if (!reported.contains(problem.pointer())) {
                found.add(problem);
            }
        }
        String reference = ApplicationChecks.text(application.get("reference")).orElse(null);
        if (reference != null) {
            Integer first = seen.putIfAbsent(reference, index);
            if (first != null) {
                found.add(new IntakeProblem(base + "/reference", ShownText.quoted(reference)
                        + " appears twice in this file (first at /applications/" + first + ")"));
            }
        }
        if (!found.isEmpty()) {
            found.forEach(this::problem);
        } else if (writing) {
            pending.add(reader.read(application));
            if (pending.size() == BATCH) {
                flush();
            }
        }
        if (index % PROGRESS_STEP == 0) {
            progress.update(bytesRead, fileSize);
        }
    }

    @Override
    public void problem(IntakeProblem problem) {
        problemCount++;
        if (problems.size() < IntakeService.MAX_LISTED_PROBLEMS) {
            problems.add(problem);
        }
        if (writing) {
            // Nothing of a refused file is kept: give the rows back now rather than carry them to the end.
            writing = false;
            pending.clear();
            transaction.rollback();
        }
    }

    boolean refused() {
        return problemCount > 0;
    }

    /** Writes what is pending and the CREATED entries of everything imported, on the run's transaction. */
    void finish(AuditTrail trail, User by, String details) {
        flush();
        Instant at = trail.now();
        String note = "Imported from intake file " + fileName;
        List<AuditDraft> drafts = new ArrayList<>(AUDIT_BATCH);
        for (String reference : imported) {
            drafts.add(new AuditDraft(at, reference, AuditAction.CREATED, by.username(), by.role(), null,
                    ApplicationStatus.SUBMITTED, incomplete.contains(reference)
                            ? note + "; no end-user certificate, so it is flagged INCOMPLETE" : note, details));
            if (drafts.size() == AUDIT_BATCH) {
                trail.appendAll(transaction, drafts);
                drafts.clear();
            }
        }
        if (!drafts.isEmpty()) {
            trail.appendAll(transaction, drafts);
        }
        progress.update(fileSize, fileSize);
    }

    ImportResult result() {
        return refused()
                ? new ImportResult(fileName, 0, List.of(), List.of(), problems, problemCount)
                : new ImportResult(fileName, imported.size(), skipped, List.copyOf(incomplete), List.of(), 0,
                        imported, flaggedByScreening);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> present = intake.existing(transaction, pending.stream().map(LicenceApplication::reference).toList());
        List<LicenceApplication> fresh = new ArrayList<>(pending.size());
        List<String> flagged = new ArrayList<>();
        for (LicenceApplication application : pending) {
            if (present.contains(application.reference())) {
                skipped.add(application.reference());
                continue;
            }
            fresh.add(application);
            imported.add(application.reference());
            if (!application.hasEndUserCertificate()) {
                flagged.add(application.reference());
            }
        }
        pending.clear();
        applications.insertAll(transaction, fresh);
        intake.markIncomplete(transaction, flagged);
        incomplete.addAll(flagged);
        if (!fresh.isEmpty()) {
            flaggedByScreening.addAll(screening.screen(fresh.stream().map(LicenceApplication::reference).toList()));
        }
    }
}
