package org.licensedesk.ui.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;

/**
 * An audit entry's structured details as lines a reader can follow: known fields under their names in the user's
 * language, factors and ratings translated, lists one item a line. Fields this version does not know are shown
 * as written, so nothing recorded is hidden.
 */
public final class AuditDetailsText {
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("assignee", "auditDetail.assignee"),
            Map.entry("previousAssignee", "auditDetail.previousAssignee"),
            Map.entry("questions", "auditDetail.questions"),
            Map.entry("defects", "auditDetail.defects"),
            Map.entry("factors", "auditDetail.factors"),
            Map.entry("reasons", "auditDetail.reasons"),
            Map.entry("licenceType", "auditDetail.licenceType"),
            Map.entry("validityMonths", "auditDetail.validityMonths"),
            Map.entry("conditions", "auditDetail.conditions"),
            Map.entry("riders", "auditDetail.riders"),
            Map.entry("recommendation", "auditDetail.recommendation"),
            Map.entry("recommendedBy", "auditDetail.recommendedBy"),
            Map.entry("againstRecommendation", "auditDetail.againstRecommendation"),
            Map.entry("licenceNumber", "auditDetail.licenceNumber"),
            Map.entry("validFrom", "auditDetail.validFrom"),
            Map.entry("validUntil", "auditDetail.validUntil"),
            Map.entry("withinDeadline", "auditDetail.withinDeadline"),
            Map.entry("workingDaysUsed", "auditDetail.workingDaysUsed"),
            Map.entry("stoppedWorkingDays", "auditDetail.stoppedWorkingDays"),
            Map.entry("workingDaysStopped", "auditDetail.workingDaysStopped"),
            Map.entry("deadline", "auditDetail.deadline"),
            Map.entry("clockStoppedOn", "auditDetail.clockStoppedOn"),
            Map.entry("reason", "clockStop.detail.reason"),
            Map.entry("article", "clockStop.detail.article"));

    private final Messages messages;
    private final DomainText text;
    private final ObjectMapper mapper = JsonMapper.shared();

    public AuditDetailsText(Messages messages, DomainText text) {
        this.messages = messages;
        this.text = text;
    }

    /** The entry's details, one fact a line; empty when it has none. */
    public String of(AuditEntry entry) {
        JsonNode details;
        try {
            details = mapper.readTree(entry.detailsJson());
        } catch (JsonProcessingException unreadable) {
            return entry.detailsJson();
        }
        if (details == null || !details.isObject()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields = details.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                continue;
            }
            String name = FIELD_KEYS.containsKey(field.getKey()) ? messages.get(FIELD_KEYS.get(field.getKey()))
                    : field.getKey();
            if (field.getValue().isArray()) {
                out.append(name).append(':');
                for (JsonNode item : field.getValue()) {
                    out.append("\n  \u2022 ").append(item(item));
                }
                out.append('\n');
            } else {
                out.append(messages.format("auditDetail.field", name, value(field.getKey(), field.getValue())))
                        .append('\n');
            }
        }
        return out.toString().strip();
    }

    private String item(JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        String factor = item.has("factor") ? constant(ReviewFactor.class, item.get("factor").asText())
                .map(text::factor).orElse(item.get("factor").asText()) : null;
        if (item.has("rating")) {
            String rating = constant(FactorRating.class, item.get("rating").asText()).map(text::rating)
                    .orElse(item.get("rating").asText());
            return messages.format("auditDetail.factorRating", factor, rating, item.path("comment").asText(""));
        }
        if (item.has("reason")) {
            return factor == null ? item.get("reason").asText()
                    : messages.format("auditDetail.factorReason", factor, item.get("reason").asText());
        }
        return item.toString();
    }

    private String value(String field, JsonNode value) {
        if (value.isBoolean()) {
            return messages.get(value.asBoolean() ? "common.yes" : "common.no");
        }
        String raw = value.asText();
        return switch (field) {
            case "licenceType" -> constant(LicenceType.class, raw).map(text::licenceType).orElse(raw);
            case "recommendation" -> constant(Recommendation.class, raw).map(text::recommendation).orElse(raw);
            case "reason" -> constant(ClockStop.class, raw).map(text::clockStop).orElse(raw);
            default -> raw;
        };
    }

    private static <E extends Enum<E>> java.util.Optional<E> constant(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }
}
