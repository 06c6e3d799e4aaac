package org.licensedesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.history.HistoryFilter;

/** An export's scope object, as the export writes it and the verifier reads it back. */
final class ScopeJson {
    private ScopeJson() {
    }

    static ObjectNode write(ObjectMapper mapper, AuditScope scope) {
        ObjectNode json = mapper.createObjectNode();
        json.put("kind", scope.kind().name());
        json.put("from", scope.from() == null ? null : scope.from().toString());
        json.put("to", scope.to() == null ? null : scope.to().toString());
        json.put("applicationRef", scope.applicationRef());
        json.put("actor", scope.actor());
        if (scope.filter() != null) {
            HistoryFilter filter = scope.filter();
            ObjectNode parts = json.putObject("filter");
            parts.put("zone", scope.zone().getId());
            ArrayNode actions = parts.putArray("actions");
            filter.actions().stream().map(Enum::name).sorted().forEach(actions::add);
            parts.put("outcome", filter.outcome() == null ? null : filter.outcome().name());
            parts.put("elementSymbol", filter.elementSymbol());
            parts.put("controlCode", filter.controlCode());
            parts.put("endUserCountry", filter.endUserCountry());
            parts.put("applicant", filter.applicant());
            parts.put("noteText", filter.noteText());
            ArrayNode references = parts.putArray("references");
            filter.references().stream().sorted().forEach(references::add);
        }
        return json;
    }

    /** @throws IllegalArgumentException (or its DateTimeException kin) when the scope is not valid */
    static AuditScope read(JsonNode value) {
        AuditScope.Kind kind = AuditScope.Kind.valueOf(value.path("kind").asText());
        LocalDate from = date(value.get("from"));
        LocalDate to = date(value.get("to"));
        String actor = text(value.get("actor"));
        if (kind != AuditScope.Kind.FILTER) {
            if (value.has("filter")) {
                throw new IllegalArgumentException("only a FILTER scope has a filter");
            }
            return new AuditScope(kind, from, to, text(value.get("applicationRef")), actor);
        }
        JsonNode parts = value.path("filter");
        if (!parts.isObject()) {
            throw new IllegalArgumentException("a FILTER scope needs its filter");
        }
        Set<AuditAction> actions = EnumSet.noneOf(AuditAction.class);
        parts.path("actions").forEach(action -> actions.add(AuditAction.valueOf(action.asText())));
        Set<String> references = new LinkedHashSet<>();
        parts.path("references").forEach(reference -> references.add(reference.asText()));
        String outcome = text(parts.get("outcome"));
        HistoryFilter filter = new HistoryFilter(from, to, actor, actions,
                outcome == null ? null : ApplicationStatus.valueOf(outcome), text(parts.get("elementSymbol")),
                text(parts.get("controlCode")), text(parts.get("endUserCountry")), text(parts.get("applicant")),
                text(parts.get("noteText")), references);
        return new AuditScope(kind, from, to, text(value.get("applicationRef")), actor, filter,
                ZoneId.of(parts.path("zone").asText()));
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode value) {
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
