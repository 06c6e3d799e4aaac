package org.licensedesk.calendar;

import java.util.List;

/**
 * What a calendar import did: the years it replaced, the file's SHA-256, and how many open applications had a
 * provisional deadline before and have one now (deadlines are counted from the calendar, so they change at once).
 */
public record CalendarImport(String file, String sha256, List<YearImported> years, int openApplications,
                             int provisionalBefore, int provisionalAfter) {
    public CalendarImport {
        years = List.copyOf(years);
    }

    /** One year of the file: its public holidays and make-up working days. */
    public record YearImported(int year, int holidays, int workdays, boolean replacedEarlierImport) {
    }
}
