package org.licensedesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.ListImportResult;
import org.licensedesk.screening.ScreeningListException;
import org.licensedesk.screening.ScreeningRefusedException;

/**
 * {@code screening-import --format csl|ofac FILE...}: replaces one restricted-party list with the files given,
 * and screens the open applications again. A malformed file is refused with exit status 1 and its file and
 * line named; the lists in the database are then unchanged.
 */
public final class ScreeningImportCommand implements Command {
    private final BackendOpener opener;
    private final SignInOptions signIn;

    public ScreeningImportCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ScreeningImportCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    public String name() {
        return "screening-import";
    }

    @Override
    public String usage() {
        return "screening-import --format csl|ofac FILE... [--user USER] [--db PATH]    replace a restricted-party "
                + "list (CSL CSV, or OFAC sdn.csv alt.csv [add.csv])";
    }

    @Override
    public void run(CommandLine arguments, PrintStream out, PrintStream err) {
        String formatWord = arguments.option("format")
                .orElseThrow(() -> new UsageException("which list? Give --format csl or --format ofac"));
        ListFormat format;
        try {
            format = ListFormat.parse(formatWord);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<Path> files = arguments.positional().stream().skip(1).map(Path::of).toList();
        if (files.isEmpty()) {
            throw new UsageException("expected the FILE(s) of the list");
        }
        try (Backend backend = opener.open(arguments.databaseOption(), BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(arguments, backend.accounts());
            out.println(summary(backend.screening().importList(format, files, user)));
        } catch (ScreeningListException e) {
            throw new CommandFailure("refused: " + e.getMessage() + "; no list was replaced");
        } catch (ScreeningRefusedException e) {
            throw new CommandFailure(e.getMessage());
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
