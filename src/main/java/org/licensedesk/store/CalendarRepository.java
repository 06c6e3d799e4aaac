package org.licensedesk.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.ImportedCalendarYear;
import org.licensedesk.domain.WorkingDayCalendar.CalendarDay;
import org.licensedesk.domain.WorkingDayCalendar.Kind;

/** The imported years of the official working-day calendar (tables {@code calendar_year}, {@code calendar_day}). */
public final class CalendarRepository {

    /** Every imported special day, by date. */
    public List<CalendarDay> days(Transaction transaction) {
        return transaction.sql(connection -> {
            List<CalendarDay> days = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT calendar_date, kind, name FROM calendar_day ORDER BY calendar_date");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.add(new CalendarDay(rows.getDate(1).toLocalDate(), Kind.valueOf(rows.getString(2)),
                            rows.getString(3)));
                }
            }
            return days;
        });
    }

    /** The imported years, ascending. */
    public List<ImportedCalendarYear> years(Transaction transaction) {
        return transaction.sql(connection -> {
            List<ImportedCalendarYear> years = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT calendar_year, file_sha256, imported_by, imported_at FROM calendar_year "
                            + "ORDER BY calendar_year");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    years.add(new ImportedCalendarYear(rows.getInt(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
            return years;
        });
    }

    /** Replaces whatever was imported for the year with these days (all of which fall in it). */
    public void replaceYear(Transaction transaction, ImportedCalendarYear year, List<CalendarDay> days) {
        transaction.sql(connection -> {
            try (PreparedStatement deleteDays = connection.prepareStatement(
                    "DELETE FROM calendar_day WHERE calendar_year = ?");
                 PreparedStatement deleteYear = connection.prepareStatement(
                         "DELETE FROM calendar_year WHERE calendar_year = ?");
                 PreparedStatement insertYear = connection.prepareStatement(
                         "INSERT INTO calendar_year (calendar_year, file_sha256, imported_by, imported_at) "
                                 + "VALUES (?, ?, ?, ?)");
                 PreparedStatement insertDay = connection.prepareStatement(
                         "INSERT INTO calendar_day (calendar_date, calendar_year, kind, name) VALUES (?, ?, ?, ?)")) {
                deleteDays.setInt(1, year.year());
                deleteDays.executeUpdate();
                deleteYear.setInt(1, year.year());
                deleteYear.executeUpdate();
                insertYear.setInt(1, year.year());
                insertYear.setString(2, year.fileSha256());
                insertYear.setString(3, year.importedBy());
                insertYear.setTimestamp(4, Timestamp.from(year.importedAt()));
                insertYear.executeUpdate();
                for (CalendarDay day : days) {
                    if (day.date().getYear() != year.year()) {
                        throw new IllegalArgumentException(day.date() + " is not in " + year.year());
                    }
                    insertDay.setDate(1, Date.valueOf(day.date()));
                    insertDay.setInt(2, year.year());
                    insertDay.setString(3, day.kind().name());
                    insertDay.setString(4, day.name());
                    insertDay.addBatch();
                }
                insertDay.executeBatch();
            }
            return null;
        });
    }

    /** The deadline clocks of the applications in these statuses, to count how many deadlines are provisional. */
    public List<DeadlineClock> deadlineClocks(Transaction transaction, Set<ApplicationStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        return transaction.sql(connection -> {
            List<DeadlineClock> clocks = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + DeadlineClockColumns.COLUMNS + " FROM licence_application "
                            + "WHERE status IN (" + placeholders + ")")) {
                int i = 1;
                for (ApplicationStatus status : statuses) {
                    query.setString(i++, status.name());
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        clocks.add(DeadlineClockColumns.read(rows, 1));
                    }
                }
            }
            return clocks;
        });
    }
}
