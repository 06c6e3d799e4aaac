package org.licensedesk.intake;

import java.util.List;
import java.util.Objects;

/**
 * What an import did. When it is not {@link #ok()}, nothing was written and {@link #problems()} says why.
 *
 * @param imported              applications written, each with a CREATED audit entry
 * @param skippedReferences     references already in the database, left as they were
 * @param incompleteReferences  imported applications without an end-user certificate, flagged INCOMPLETE
 * @param problems              the problems found, in file order, at most {@link IntakeService#MAX_LISTED_PROBLEMS}
 * @param problemCount          all problems found, including those not listed
 * @param importedReferences    the references written, in file order
 * @param flaggedReferences     imported applications with screening hits, found as they were imported
 */
public record ImportResult(
        String fileName,
        int imported,
        List<String> skippedReferences,
        List<String> incompleteReferences,
        List<IntakeProblem> problems,
        long problemCount,
        List<String> importedReferences,
        List<String> flaggedReferences) {

    public ImportResult {
        Objects.requireNonNull(fileName, "fileName");
        skippedReferences = List.copyOf(skippedReferences);
        incompleteReferences = List.copyOf(incompleteReferences);
        problems = List.copyOf(problems);
        importedReferences = List.copyOf(importedReferences);
        flaggedReferences = List.copyOf(flaggedReferences);
    }

    /** A result without the references imported and flagged, for imports that do not list them. */
    public ImportResult(String fileName, int imported, List<String> skippedReferences,
            List<String> incompleteReferences, List<IntakeProblem> problems, long problemCount) {
        this(fileName, imported, skippedReferences, incompleteReferences, problems, problemCount, List.of(),
                List.of());
    }

    /** True when the file was imported; false when it was refused whole. */
    public boolean ok() {
        return problemCount == 0;
    }

    /** Problems found but not listed, to keep a very bad file's report readable. */
    public long unlistedProblems() {
        return problemCount - problems.size();
    }
}
