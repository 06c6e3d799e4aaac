package org.licensedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.licensedesk.calendar.CalendarImport;
import org.licensedesk.calendar.CalendarRefusedException;
import org.licensedesk.domain.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code calendar-import FILE}: a supervisor loads a year's official holidays and make-up working days (CSV
 * {@code date,kind,name}, as the bundled {@code holidays-cn.csv}) into the database, so that every workstation counts
 * deadlines with it. A malformed file is refused with its line named and nothing is written.
 */
@Command(name = "calendar-import", description = {
        "Import a year's official holidays and make-up working days (supervisors).",
        "CSV date,kind,name with kind HOLIDAY or WORKDAY, as the bundled holidays-cn.csv. Each year in the file "
                + "replaces that year for every workstation; deadlines of open applications are counted with it at "
                + "once. A malformed file is refused with its line named, and nothing is written."})
public final class CalendarImportCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "FILE", description = "The calendar CSV file.")
    Path file;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public CalendarImportCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    CalendarImportCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            out.println(summary(backend.calendars().importFile(file, user)));
        } catch (CalendarRefusedException e) {
            throw new CommandFailure("refused: " + e.getMessage());
        }
    }

    /** "imported the working-day calendar for 2027 (11 holidays, 4 make-up working days) from x.csv, SHA-256 ...". */
    static String summary(CalendarImport result) {
        String years = result.years().stream()
                .map(year -> year.year() + " (" + year.holidays() + " holidays, " + year.workdays()
                        + " make-up working days" + (year.replacedEarlierImport() ? ", replacing the earlier import"
                        : "") + ")")
                .collect(Collectors.joining(", "));
        return "imported the working-day calendar for " + years + " from " + result.file() + ", SHA-256 "
                + result.sha256() + "; provisional deadlines of open applications: " + result.provisionalBefore()
                + " before, " + result.provisionalAfter() + " now, of " + result.openApplications();
    }
}
