package org.licensedesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.Uscc;

/**
 * The checks a schema cannot make: the USCC's check character, ISO 3166-1 country codes, control codes in
 * the list in force on the day the application was received, positive amounts, totals that fit the store.
 * Each looks only at values of the shape the schema asks for, so one mistake is reported once.
 */
final class ApplicationChecks {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");
    /** The decimal shapes the schema allows, so that a value it refuses is not reported twice. */
    private static final Pattern QUANTITY = Pattern.compile("-?[0-9]{1,16}(\\.[0-9]{1,3})?");
    private static final Pattern PRICE = Pattern.compile("-?[0-9]{1,17}(\\.[0-9]{1,2})?");
    /** The store keeps totals as DECIMAL(19,3) kilograms and DECIMAL(19,2) dollars. */
    private static final BigDecimal MAX_TOTAL_KG = new BigDecimal("1E16");
    private static final BigDecimal MAX_TOTAL_USD = new BigDecimal("1E17");

    private final ControlList controlList;

    ApplicationChecks(ControlList controlList) {
        this.controlList = controlList;
    }

    List<IntakeProblem> check(JsonNode application, String base) {
        List<IntakeProblem> problems = new ArrayList<>();
        if (!application.isObject()) {
            return problems;
        }
        // Longer than a USCC is the schema's to report (maxLength), once.
        text(application.at("/applicant/uscc")).filter(code -> code.length() <= Uscc.LENGTH).flatMap(Uscc::problem)
                .ifPresent(message -> problems.add(new IntakeProblem(base + "/applicant/uscc", message)));
        country(application.at("/consignee/country"), base + "/consignee/country", problems);
        country(application.at("/endUser/country"), base + "/endUser/country", problems);
        JsonNode permitted = application.path("permittedParties");
        if (permitted.isArray() && !permitted.isEmpty()) {
            if (!"GENERAL".equals(application.path("licenceType").asText())) {
                problems.add(new IntakeProblem(base + "/permittedParties", "only a general licence names further "
                        + "permitted consignees and end users (Regulations Art. 15); a single licence has one of each"));
            }
            for (int i = 0; i < permitted.size(); i++) {
                country(permitted.get(i).path("country"), base + "/permittedParties/" + i + "/country", problems);
            }
        }
        LocalDate received = text(application.get("receivedAt")).flatMap(ApplicationChecks::date).orElse(null);
        // An "items" that is not an array is the schema's to report; ObjectNode.size() counts fields, not items.
        JsonNode items = application.path("items").isArray() ? application.path("items") : MissingNode.getInstance();
        BigDecimal totalKg = BigDecimal.ZERO;
        BigDecimal totalUsd = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = base + "/items/" + i;
            controlCode(item.path("controlCode"), received, at + "/controlCode", problems);
            BigDecimal quantity = positive(item.path("quantity"), QUANTITY, at + "/quantity", problems);
            BigDecimal price = positive(item.path("unitPriceUsd"), PRICE, at + "/unitPriceUsd", problems);
            if (quantity != null && price != null) {
                totalUsd = totalUsd.add(quantity.multiply(price));
                Optional<QuantityUnit> unit = unit(item.path("unit"));
                if (unit.isPresent()) {
                    totalKg = totalKg.add(unit.get().toKilograms(quantity).orElse(BigDecimal.ZERO));
                }
            }
        }
        if (totalKg.compareTo(MAX_TOTAL_KG) >= 0 || totalUsd.compareTo(MAX_TOTAL_USD) >= 0) {
            problems.add(new IntakeProblem(base + "/items", "the items add up to more than LicenseDesk can record "
                    + "(under 10^16 kg and under US$10^17 per application): check the quantities and prices"));
        }
        return problems;
    }

    private static void country(JsonNode value, String pointer, List<IntakeProblem> problems) {
        text(value).filter(code -> TWO_LETTERS.matcher(code).matches() && !COUNTRIES.contains(code)).ifPresent(code ->
                problems.add(new IntakeProblem(pointer, code + " is not an ISO 3166-1 alpha-2 country code")));
    }

    private void controlCode(JsonNode value, LocalDate received, String pointer, List<IntakeProblem> problems) {
        Optional<String> code = text(value).filter(ControlCode::isWellFormed);
        if (code.isEmpty()) {
            return;
        }
        Optional<ControlListEntry> found = controlList.find(code.get());
        if (found.isEmpty()) {
            problems.add(new IntakeProblem(pointer, code.get() + " is not in the control list"));
            return;
        }
        ControlListEntry entry = found.get();
        char subItem = entry.code().subItem();
        if (subItem < 'a' || subItem > 'c') {
            problems.add(new IntakeProblem(pointer, code.get() + " has sub-item ." + subItem
                    + ", but LicenseDesk knows the forms of .a, .b and .c only"));
        } else if (received != null && entry.isSuspendedOn(received)) {
            problems.add(new IntakeProblem(pointer, code.get() + " is suspended on " + received + ", the day the "
                    + "application was received; the suspension runs from " + entry.suspendedFrom()
                    + (entry.suspendedUntil() == null ? " with no end date" : " until " + entry.suspendedUntil())
                    + " (" + entry.announcement() + ")"));
        } else if (received != null && received.isBefore(entry.inForceFrom())) {
            problems.add(new IntakeProblem(pointer, code.get() + " was not yet in force on " + received
                    + ", the day the application was received (" + entry.announcement() + ", in force from "
                    + entry.inForceFrom() + ")"));
        }
    }

    /** The value as a decimal when it is one (the schema reports other shapes); a problem when not positive. */
    private static BigDecimal positive(JsonNode value, Pattern shape, String pointer, List<IntakeProblem> problems) {
        Optional<BigDecimal> number = text(value).filter(text -> shape.matcher(text).matches()).map(BigDecimal::new);
        if (number.isPresent() && number.get().signum() <= 0) {
            problems.add(new IntakeProblem(pointer, "must be more than zero, not " + value.asText()));
            return null;
        }
        return number.orElse(null);
    }

    private static Optional<QuantityUnit> unit(JsonNode value) {
        try {
            return text(value).map(QuantityUnit::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<String> text(JsonNode value) {
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
