package org.licensedesk.workflow;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.store.Transaction;

/**
 * Licence numbers such as {@code LD-2026-000123}: the year and serial of the application's reference
 * ({@code EXP-2026-000123}), so the number follows from the reference and is unique as references are.
 */
final class LicenceNumbers {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z]+-(\\d{4})-(\\d+)");

    private final WorkflowStateRepository states;

    LicenceNumbers(WorkflowStateRepository states) {
        this.states = states;
    }

    /** The number for an approval of this application, decided on {@code decidedOn}. */
    String issue(Transaction transaction, String reference, LocalDate decidedOn) {
        String base = derive(reference, decidedOn);
        String number = base;
        // Only references outside the usual pattern can meet: keep the number unique all the same.
        for (int n = 2; states.licenceNumberExists(transaction, number); n++) {
            number = base + "-" + n;
        }
        return number;
    }

    static String derive(String reference, LocalDate decidedOn) {
        Matcher matcher = REFERENCE.matcher(reference);
        if (matcher.matches()) {
            String serial = matcher.group(2);
            String padded = serial.length() >= 6 ? serial : "0".repeat(6 - serial.length()) + serial;
            return "LD-" + matcher.group(1) + "-" + padded;
        }
        return "LD-" + decidedOn.getYear() + "-" + reference.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
