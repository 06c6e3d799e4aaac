package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.intake.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: imports the applications of a {@code licensedesk.intake} file, or none of them. Any
 * active user may import. A refused file has every problem printed on stderr, one {@code pointer: message}
 * a line, and exit status 1; the database is then unchanged.
 */
@Command(name = "import", description = {"Import the applications of an intake file, all or none.",
        "A licensedesk.intake JSON file with any problem is refused whole: every problem is listed on stderr and "
                + "nothing is written. References already present are skipped. Any active official may import."})
public final class ImportCommand extends DeskCommand {
    /** Report progress on files at least this large; smaller ones take a moment. */
    private static final long PROGRESS_FROM_BYTES = 8L << 20;
    private static final int LISTED_REFERENCES = 20;

    private final BackendOpener opener;

    @Parameters(paramLabel = "FILE", description = "The intake file (format licensedesk.intake, version 1).")
    Path file;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ImportCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ImportCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            int[] lastPercent = {0};
            ImportResult result = backend.intake().importFile(file, user, (done, total) -> {
                int percent = total == 0 ? 100 : (int) (done * 100 / total);
                if (total >= PROGRESS_FROM_BYTES && percent >= lastPercent[0] + 10) {
                    lastPercent[0] = percent - percent % 10;
                    err.printf("read %d%% of %s%n", lastPercent[0], file.getFileName());
                }
            }, () -> false);
            if (!result.ok()) {
                result.problems().forEach(problem -> err.println(problem.line()));
                if (result.unlistedProblems() > 0) {
                    err.printf("... and %,d more problems not listed%n", result.unlistedProblems());
                }
                throw new CommandFailure("refused " + file + ": " + result.problemCount()
                        + (result.problemCount() == 1 ? " problem" : " problems") + " (listed above); nothing was "
                        + "imported and the database is unchanged");
            }
            out.println(summary(result));
        }
    }

    /** One line: "imported 12 applications, skipped 2 already present: EXP-..., EXP-...". */
    static String summary(ImportResult result) {
        StringBuilder line = new StringBuilder("imported ").append(result.imported())
                .append(result.imported() == 1 ? " application" : " applications");
        if (result.skippedReferences().isEmpty()) {
            line.append(", none already present");
        } else {
            line.append(", skipped ").append(result.skippedReferences().size()).append(" already present: ")
                    .append(listed(result.skippedReferences()));
        }
        if (!result.incompleteReferences().isEmpty()) {
            line.append("; ").append(result.incompleteReferences().size())
                    .append(" flagged INCOMPLETE (no end-user certificate): ")
                    .append(listed(result.incompleteReferences()));
        }
        if (!result.flaggedReferences().isEmpty()) {
            line.append("; ").append(result.flaggedReferences().size()).append(" with screening hits: ")
                    .append(listed(result.flaggedReferences()));
        }
        return line.toString();
    }

    private static String listed(List<String> references) {
        if (references.size() <= LISTED_REFERENCES) {
            return String.join(", ", references);
        }
        return String.join(", ", references.subList(0, LISTED_REFERENCES)) + " and "
                + (references.size() - LISTED_REFERENCES) + " more";
    }
}
