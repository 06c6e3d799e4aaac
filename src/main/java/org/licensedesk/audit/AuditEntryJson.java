package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.json.JsonMapper;

/** An audit entry as the JSON object of the export format, and back. */
public final class AuditEntryJson {
    private final ObjectMapper mapper = JsonMapper.shared();

    /** The entry's fields in the export format; without {@code hash} when {@code withHash} is false. */
    public ObjectNode toJson(AuditEntry entry, boolean withHash) {
        ObjectNode json = mapper.createObjectNode();
        json.put("seq", entry.seq());
        json.put("at", entry.at());
        json.put("applicationRef", entry.applicationRef());
        json.put("action", entry.action());
        json.put("actor", entry.actor());
        json.put("actorRole", entry.actorRole());
        json.put("fromStatus", entry.fromStatus());
        json.put("toStatus", entry.toStatus());
        json.put("note", entry.note());
        json.set("details", details(entry.detailsJson()));
        json.put("prevHash", entry.prevHash());
        if (withHash) {
            json.put("hash", entry.hash());
        }
        return json;
    }

    /** Reads an entry back from its export form; fields keep their exact text, details its JSON. */
    public AuditEntry fromJson(JsonNode json) {
        try {
            return new AuditEntry(
                    json.path("seq").asLong(),
                    text(json, "at"),
                    text(json, "applicationRef"),
                    text(json, "action"),
                    text(json, "actor"),
                    text(json, "actorRole"),
                    text(json, "fromStatus"),
                    text(json, "toStatus"),
                    text(json, "note"),
                    mapper.writeValueAsString(json.path("details")),
                    text(json, "prevHash"),
                    text(json, "hash"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read an entry's details: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode details(String detailsJson) {
        try {
            JsonNode details = mapper.readTree(detailsJson);
            if (!details.isObject()) {
                throw new IllegalArgumentException("An audit entry's details must be a JSON object: " + detailsJson);
            }
            return details;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audit entry's details are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
