package org.licensedesk.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.nio.ByteBuffer;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.WorkingDayCalendar.CalendarDay;
import org.licensedesk.store.CalendarRepository;
import org.licensedesk.domain.ImportedCalendarYear;
import org.licensedesk.store.Database;
import org.licensedesk.store.Transaction;

/**
 * The official working-day calendar as all workstations see it: the bundled file, with every year a supervisor
 * imported (State Council holiday notice, Art. 17 counts working days) replacing that year. Imports are stored in the
 * database and audited ({@code CALENDAR_UPDATED}, with the year and the file's SHA-256).
 */
public final class CalendarService {
    private static final String IMPORT = "import the working-day calendar";

    private final Database database;
    private final CalendarRepository repository;
    private final AuditTrail auditTrail;
    private final WorkingDayCalendar bundled;
    private final Clock clock;
    private final Officials officials;
    private final ObjectMapper mapper = new ObjectMapper();

    public CalendarService(Database database, CalendarRepository repository, AuditTrail auditTrail,
                           WorkingDayCalendar bundled, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.bundled = Objects.requireNonNull(bundled, "bundled");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.officials = new Officials(database, new UserRepository(database),
                new TrailAgreement(database, new AuditRepository(database), auditTrail));
    }

    /** The calendar to count with now: the bundled days, each imported year replacing the bundled one. */
    public WorkingDayCalendar current() {
        return database.read(this::current);
    }

    private WorkingDayCalendar current(Transaction transaction) {
        return merge(bundled, repository.days(transaction), yearsOf(repository.years(transaction)));
    }

    /**
     * The years the calendar covers now, oldest first: from the bundled file or imported (with file, SHA-256, who and
     * when), and the count of their holidays and make-up working days.
     */
    public List<YearCoverage> coverage() {
        return database.read(transaction -> {
            WorkingDayCalendar calendar = current(transaction);
            Map<Integer, ImportedCalendarYear> imported = new TreeMap<>();
            repository.years(transaction).forEach(year -> imported.put(year.year(), year));
            List<YearCoverage> years = new ArrayList<>();
            for (int year : calendar.coveredYears()) {
                int holidays = 0;
                int workdays = 0;
                for (CalendarDay day : calendar.days()) {
                    if (day.date().getYear() == year) {
                        if (day.kind() == WorkingDayCalendar.Kind.HOLIDAY) {
                            holidays++;
                        } else {
                            workdays++;
                        }
                    }
                }
                years.add(new YearCoverage(year, holidays, workdays, imported.get(year)));
            }
            return years;
        });
    }

    /** One covered year; {@code imported} is null for a year of the bundled file. */
    public record YearCoverage(int year, int holidays, int workdays, ImportedCalendarYear imported) {
    }

    /**
     * The year to warn about from 1 November on (the State Council publishes the next year's holidays in
     * November): next year, when the calendar does not cover it yet; empty before November or once covered.
     */
    public static java.util.OptionalInt uncoveredNextYear(WorkingDayCalendar calendar, LocalDate today) {
        int next = today.getYear() + 1;
        if (today.getMonthValue() < 11 || calendar.covers(next)) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(next);
    }

    /** {@link #uncoveredNextYear(WorkingDayCalendar, LocalDate)} for the calendar as stored and today's date. */
    public java.util.OptionalInt uncoveredNextYear() {
        return uncoveredNextYear(current(), LocalDate.now(clock));
    }

    /** The imported years, with the SHA-256 of their files and who imported them. */
    public List<ImportedCalendarYear> importedYears() {
        return database.read(repository::years);
    }

    /**
     * Imports a calendar file ({@code date,kind,name}, as the bundled {@code holidays-cn.csv}): each year in it
     * replaces that year, in one transaction with one {@code CALENDAR_UPDATED} entry per year.
     *
     * @throws CalendarRefusedException when the user is not an active supervisor or the file cannot be read or is
     *                                  malformed (naming the line); nothing is written
     */
    public CalendarImport importFile(Path file, User by) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(by, "by");
        // Checked before the file is read, and again in the transaction that writes.
        officials.require(Authority.SUPERVISOR, by, IMPORT, CalendarRefusedException::new);
        byte[] bytes = read(file);
        WorkingDayCalendar parsed;
        try {
            parsed = WorkingDayCalendar.parse(new StringReader(decode(file, bytes)));
        } catch (IllegalArgumentException e) {
            throw new CalendarRefusedException(file.getFileName() + ": " + e.getMessage()
                    + "; correct the file and import it again.", e);
        }
        String sha256 = HexFormat.of().formatHex(sha256(bytes));
        Map<Integer, List<CalendarDay>> byYear = new TreeMap<>();
        for (CalendarDay day : parsed.days()) {
            byYear.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>()).add(day);
        }
        Instant now = auditTrail.now();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, IMPORT,
                    CalendarRefusedException::new);
            WorkingDayCalendar before = current(transaction);
            Set<Integer> imported = yearsOf(repository.years(transaction));
            List<CalendarImport.YearImported> years = new ArrayList<>();
            List<AuditDraft> drafts = new ArrayList<>();
            for (Map.Entry<Integer, List<CalendarDay>> year : byYear.entrySet()) {
                repository.replaceYear(transaction,
                        new ImportedCalendarYear(year.getKey(), sha256, supervisor.username(), now),
                        year.getValue());
                int holidays = (int) year.getValue().stream()
                        .filter(day -> day.kind() == WorkingDayCalendar.Kind.HOLIDAY).count();
                CalendarImport.YearImported done = new CalendarImport.YearImported(year.getKey(), holidays,
                        year.getValue().size() - holidays, imported.contains(year.getKey()));
                years.add(done);
                drafts.add(draft(now, supervisor, file, sha256, done));
            }
            WorkingDayCalendar after = current(transaction);
            List<DeadlineClock> open = repository.deadlineClocks(transaction, ApplicationStatus.openStatuses());
            int provisionalBefore = provisional(open, before, today);
            int provisionalAfter = provisional(open, after, today);
            auditTrail.appendAll(transaction, drafts);
            return new CalendarImport(file.getFileName().toString(), sha256, years, open.size(), provisionalBefore,
                    provisionalAfter);
        });
    }

    private AuditDraft draft(Instant now, User by, Path file, String sha256, CalendarImport.YearImported year) {
        ObjectNode details = mapper.createObjectNode();
        details.put("year", year.year());
        details.put("sha256", sha256);
        details.put("file", file.getFileName().toString());
        details.put("holidays", year.holidays());
        details.put("workdays", year.workdays());
        return new AuditDraft(now, null, AuditAction.CALENDAR_UPDATED, by.username(), by.role(), null, null,
                "Working-day calendar for " + year.year() + " imported from " + file.getFileName() + " ("
                        + year.holidays() + " holidays, " + year.workdays() + " make-up working days)",
                details.toString());
    }

    private static int provisional(List<DeadlineClock> clocks, WorkingDayCalendar calendar, LocalDate today) {
        Function<DeadlineClock, Deadline> deadlines = DeadlineClock.deadlinesAsOf(calendar, today);
        int count = 0;
        for (DeadlineClock clock : clocks) {
            if (deadlines.apply(clock).provisional()) {
                count++;
            }
        }
        return count;
    }

    /** The bundled days of the years not imported, plus the imported days. */
    static WorkingDayCalendar merge(WorkingDayCalendar bundled, List<CalendarDay> imported, Set<Integer> years) {
        List<CalendarDay> days = new ArrayList<>();
        for (CalendarDay day : bundled.days()) {
            if (!years.contains(day.date().getYear())) {
                days.add(day);
            }
        }
        days.addAll(imported);
        return new WorkingDayCalendar(days);
    }

    private static Set<Integer> yearsOf(List<ImportedCalendarYear> years) {
        Set<Integer> set = new HashSet<>();
        years.forEach(year -> set.add(year.year()));
        return set;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CalendarRefusedException("Cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "); check the path and that you may read the file.", e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CalendarRefusedException(file.getFileName() + " is not UTF-8 text; save it as UTF-8 CSV "
                    + "(date,kind,name) and import it again.", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
