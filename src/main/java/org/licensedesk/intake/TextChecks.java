package org.licensedesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.licensedesk.domain.InputText;
import org.licensedesk.domain.NameNormalizer;

/**
 * What the schema cannot say about the text of an application: no control characters (line breaks only in free
 * text, {@value #FREE_TEXT_FIELD}), no bidirectional controls (they change the order a reader sees, so a name could
 * read as another), no text made only of spaces and invisible characters, and names with a letter or digit once
 * those are left out. One problem per text value, the first found.
 */
final class TextChecks {
    /** The one free-text field: several lines are normal there. */
    static final String FREE_TEXT_FIELD = "endUse";
    /** The party names that screening compares: each must say something once normalised as screening does. */
    private static final Set<String> NAMES = Set.of("/applicant/name", "/applicant/nameLocal", "/consignee/name",
            "/endUser/name", "/applicant/contact/name");

    private final NameNormalizer names = new NameNormalizer();

    List<IntakeProblem> check(JsonNode application, String base) {
        List<IntakeProblem> problems = new ArrayList<>();
        walk(application, "", base, problems);
        return problems;
    }

    private void walk(JsonNode node, String path, String base, List<IntakeProblem> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), IntakeProblem.member(path, field.getKey()), base, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, base, problems);
            }
        } else if (node.isTextual()) {
            String problem = problem(node.asText(), path);
            if (problem != null) {
                problems.add(new IntakeProblem(base + path, problem));
            }
        }
    }

    private String problem(String text, String path) {
        boolean freeText = path.endsWith("/" + FREE_TEXT_FIELD);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (Character.isISOControl(c) && !(freeText && lineBreak)) {
                return "contains " + (lineBreak ? "a line break" : c == '\t' ? "a tab" : "a control character")
                        + " (" + codePoint(c) + ") at character " + (i + 1) + "; "
                        + (lineBreak ? "only " + FREE_TEXT_FIELD + " may have several lines" : "remove it");
            }
            if (InputText.isBidiControl(c)) {
                return "contains the bidirectional control " + codePoint(c) + " at character " + (i + 1)
                        + ", which changes the order in which the text is shown; remove it";
            }
        }
        // The schema's \S takes an ideographic space or a zero-width space for content.
        if (!text.isEmpty() && !InputText.hasVisibleContent(text)) {
            return text.chars().allMatch(c -> c == ' ') ? "must not be blank"
                    : "must not be blank: it holds only spaces and invisible characters (such as U+200B or U+3000)";
        }
        if (NAMES.contains(path) && !text.isEmpty() && names.normalize(text).isEmpty()) {
            return "has no letter or digit once invisible characters, spaces and punctuation are left out; give "
                    + "the name as it is registered";
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
