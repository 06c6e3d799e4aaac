package org.licensedesk.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DecisionTiming;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.json.JsonMapper;

/**
 * The structured details of workflow audit entries, written and read back. Integers and text only: dates as ISO
 * text, no floating point (the audit hash refuses it).
 */
final class WorkflowDetails {
    private final ObjectMapper mapper = JsonMapper.shared();

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    String text(ObjectNode details) {
        try {
            return mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the details of an audit entry", e);
        }
    }

    static void putDate(ObjectNode details, String field, LocalDate date) {
        details.put(field, date == null ? null : date.toString());
    }

    static void putTexts(ObjectNode details, String field, List<String> texts) {
        ArrayNode array = details.putArray(field);
        texts.forEach(text -> array.add(text.strip()));
    }

    static void putFactors(ObjectNode details, List<FactorAssessment> factors) {
        ArrayNode array = details.putArray("factors");
        for (FactorAssessment assessment : factors) {
            ObjectNode item = array.addObject();
            item.put("factor", assessment.factor().name());
            item.put("rating", assessment.rating().name());
            item.put("comment", assessment.comment());
        }
    }

    static void putReasons(ObjectNode details, List<DenialReason> reasons) {
        ArrayNode array = details.putArray("reasons");
        for (DenialReason reason : reasons) {
            ObjectNode item = array.addObject();
            item.put("factor", reason.factor().name());
            item.put("reason", reason.reason());
        }
    }

    /** Reasons not tied to a factor, such as a supervisor's for approving against a recommendation to deny. */
    static void putPlainReasons(ObjectNode details, List<String> reasons) {
        ArrayNode array = details.putArray("reasons");
        reasons.forEach(reason -> array.addObject().put("reason", reason.strip()));
    }

    static void putTerms(ObjectNode details, ApprovalTerms terms) {
        details.put("licenceType", terms.licenceType().name());
        details.put("validityMonths", terms.validityMonths());
        putTexts(details, "conditions", terms.conditions());
        putTexts(details, "riders", terms.riders());
    }

    static void putTiming(ObjectNode details, DecisionTiming timing, LocalDate deadline) {
        details.put("withinDeadline", timing.withinDeadline());
        details.put("workingDaysUsed", timing.workingDaysUsed());
        details.put("stoppedWorkingDays", timing.stoppedWorkingDays());
        putDate(details, "deadline", deadline);
    }

    /** The factors of an ASSESSED entry; empty when the details hold none or are not readable. */
    Optional<List<FactorAssessment>> factors(String detailsJson) {
        return array(detailsJson, "factors").flatMap(array -> {
            List<FactorAssessment> factors = new ArrayList<>();
            for (JsonNode item : array) {
                Optional<ReviewFactor> factor = constant(ReviewFactor.class, item.path("factor").asText());
                Optional<FactorRating> rating = constant(FactorRating.class, item.path("rating").asText());
                if (factor.isEmpty() || rating.isEmpty()) {
                    return Optional.empty();
                }
                factors.add(new FactorAssessment(factor.get(), rating.get(), item.path("comment").asText("")));
            }
            return Optional.of(List.copyOf(factors));
        });
    }

    /** The reasons of a RECOMMENDED_DENIAL entry; empty when unreadable. */
    Optional<List<DenialReason>> reasons(String detailsJson) {
        return array(detailsJson, "reasons").flatMap(array -> {
            List<DenialReason> reasons = new ArrayList<>();
            for (JsonNode item : array) {
                Optional<ReviewFactor> factor = constant(ReviewFactor.class, item.path("factor").asText());
                if (factor.isEmpty()) {
                    return Optional.empty();
                }
                reasons.add(new DenialReason(factor.get(), item.path("reason").asText("")));
            }
            return Optional.of(List.copyOf(reasons));
        });
    }

    /** The terms of a RECOMMENDED_APPROVAL entry; empty when unreadable or no longer valid. */
    Optional<ApprovalTerms> terms(String detailsJson) {
        Optional<JsonNode> parsed = parse(detailsJson);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonNode details = parsed.get();
        Optional<LicenceType> type = constant(LicenceType.class, details.path("licenceType").asText());
        if (type.isEmpty() || !details.path("validityMonths").canConvertToInt()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ApprovalTerms(type.get(), details.path("validityMonths").asInt(),
                    texts(details.path("conditions")), texts(details.path("riders"))));
        } catch (WorkflowRefusedException e) {
            return Optional.empty();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private Optional<JsonNode> array(String detailsJson, String field) {
        return parse(detailsJson).map(details -> details.get(field)).filter(JsonNode::isArray);
    }

    private Optional<JsonNode> parse(String detailsJson) {
        try {
            JsonNode details = mapper.readTree(detailsJson);
            return details != null && details.isObject() ? Optional.of(details) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
