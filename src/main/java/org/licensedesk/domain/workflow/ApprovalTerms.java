package org.licensedesk.domain.workflow;

import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.LicenceType;

/**
 * The licence a reviewer recommends or a supervisor grants: its type, how long it is valid, the conditions that bind
 * the exporter and the riders that only inform.
 *
 * @throws WorkflowRefusedException when the validity is not positive or longer than the licence type allows
 *                                  (single licence up to 12 months, general licence up to 36), or a condition or
 *                                  rider is blank
 */
public record ApprovalTerms(LicenceType licenceType, int validityMonths, List<String> conditions, List<String> riders) {

    public ApprovalTerms {
        Objects.requireNonNull(licenceType, "licenceType");
        if (validityMonths <= 0) {
            throw new WorkflowRefusedException("A licence must be valid for at least one month; enter the validity in "
                    + "months.");
        }
        if (validityMonths > maxValidityMonths(licenceType)) {
            throw new WorkflowRefusedException("A " + typeName(licenceType) + " may be valid for at most "
                    + maxValidityMonths(licenceType) + " months, not " + validityMonths + "; shorten the validity"
                    + (licenceType == LicenceType.SINGLE ? " or recommend a general licence." : "."));
        }
        conditions = stripped(conditions, "condition");
        riders = stripped(riders, "rider");
    }

    /** The longest validity the law allows for a licence type: one year for a single, three for a general licence. */
    public static int maxValidityMonths(LicenceType type) {
        return type.maxValidityYears() * 12;
    }

    private static String typeName(LicenceType type) {
        return type == LicenceType.SINGLE ? "single licence" : "general licence";
    }

    private static List<String> stripped(List<String> texts, String what) {
        if (texts == null) {
            return List.of();
        }
        return texts.stream().map(text -> {
            if (text == null || text.isBlank()) {
                throw new WorkflowRefusedException("A " + what + " is empty; write its text or remove it.");
            }
            return text.strip();
        }).toList();
    }
}
