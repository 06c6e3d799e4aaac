package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.licensedesk.domain.User;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.ListImportResult;
import org.licensedesk.screening.ScreeningListException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code screening-import --format csl|ofac FILE...}: replaces one restricted-party list with the files given,
 * and screens the open applications again. A malformed file is refused with exit status 1 and its file and
 * line named; the lists in the database are then unchanged.
 */
@Command(name = "screening-import", description = {
        "Replace a restricted-party list and screen the open applications again.",
        "The US Consolidated Screening List (CSV), or OFAC's SDN list (legacy sdn.csv and alt.csv, optionally "
                + "add.csv). A malformed file is refused with its file and line named, and no list is replaced."})
public final class ScreeningImportCommand extends DeskCommand {
    private final BackendOpener opener;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, completionCandidates = Formats.class,
            description = "Which list the files are: ${COMPLETION-CANDIDATES}.")
    String format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The list's files.")
    List<Path> files;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ScreeningImportCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ScreeningImportCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        ListFormat listFormat;
        try {
            listFormat = ListFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            out.println(summary(backend.screening().importList(listFormat, files, user)));
        } catch (ScreeningListException e) {
            throw new CommandFailure("refused: " + e.getMessage() + "; no list was replaced");
        }
    }

    /** The formats' names as typed, for the help and shell completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ListFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    /** "loaded the OFAC_SDN list from sdn.csv, alt.csv: 7379 entries with 9680 aliases, replacing 0; ...". */
    static String summary(ListImportResult result) {
        return "loaded the " + result.source() + " list from " + String.join(", ", result.files()) + ": "
                + result.entries() + " entries with " + result.aliases() + " aliases, replacing " + result.replaced()
                + "; screened " + result.rescreened() + " open applications again, " + result.applicationsWithHits()
                + " with hits";
    }
}
