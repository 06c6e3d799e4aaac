package org.licensedesk.domain.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.ScreeningHit;

/**
 * The rules of the Dual-Use Items Export Control Regulations on what a recommendation to approve must carry, beyond
 * {@link WorkflowRules}: a party on MOFCOM's watch list (Art. 26) and a general licence (Arts. 15, 16(2)). Pure: the
 * workflow service checks it, with the application's documents, for every caller. (A control-list match, Arts. 28–30,
 * bars approval outright and is refused by {@link WorkflowRules}.)
 */
public final class RegimeRules {
    /** What Art. 26 requires among the documents before approval is recommended for a watch-list party. */
    static final List<DocumentType> WATCH_LIST_DOCUMENTS = List.of(DocumentType.RISK_ASSESSMENT_REPORT,
            DocumentType.EXPORTER_UNDERTAKING);
    /** What Art. 16(2) requires of an application for a general licence. */
    static final List<DocumentType> GENERAL_LICENCE_DOCUMENTS = List.of(DocumentType.INTERNAL_COMPLIANCE_PROGRAMME);

    /**
     * Why these licence terms may not be recommended (or granted by a supervisor giving their own terms) for this
     * application with these documents; empty when they may.
     */
    public Optional<String> refusal(WorkflowState state, WorkflowCommand command, Set<DocumentType> documents) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(documents, "documents");
        ApprovalTerms terms = terms(command);
        if (terms == null) {
            return Optional.empty();
        }
        List<ScreeningHit> watched = state.screening().watchListMatches();
        if (!watched.isEmpty()) {
            ScreeningHit hit = watched.get(0);
            String who = hit.partyName() + " is on MOFCOM's watch list (" + hit.listedName() + ")";
            if (terms.licenceType() == LicenceType.GENERAL) {
                return Optional.of(who + ", so only a single licence may be granted, not a general licence "
                        + "(Regulations Art. 26); recommend a single licence or denial.");
            }
            List<String> missing = missing(WATCH_LIST_DOCUMENTS, documents);
            if (!missing.isEmpty()) {
                return Optional.of(who + ": the documents must include " + String.join(" and ", missing)
                        + " before approval of " + state.reference() + " is recommended (Regulations Art. 26).");
            }
        }
        if (terms.licenceType() == LicenceType.GENERAL) {
            List<String> missing = missing(GENERAL_LICENCE_DOCUMENTS, documents);
            if (!missing.isEmpty()) {
                return Optional.of("A general licence needs the exporter's " + String.join(" and ", missing)
                        + " among the documents (Regulations Art. 16(2)); " + state.reference()
                        + " has none. Ask the applicant for it or recommend a single licence.");
            }
        }
        return Optional.empty();
    }

    /**
     * A military end user or end use declared in the application: a supervisor must have written a note on it before
     * approval is recommended, so the case is seen above the reviewer (MOFCOM Announcement 2026 No. 1 bars exports
     * to military users of one destination; the Export Control Law Art. 13 end-use factor weighs the rest).
     */
    public Optional<String> militaryRefusal(WorkflowState state, WorkflowCommand command, boolean militaryDeclared,
                                            boolean supervisorNoted) {
        if (!(command instanceof WorkflowCommand.RecommendApproval) || !militaryDeclared || supervisorNoted) {
            return Optional.empty();
        }
        return Optional.of("The applicant declares a military end user or end use for " + state.reference()
                + ": a supervisor must add a note to it before approval is recommended (Export Control Law "
                + "Art. 13, end user and end use). Ask a supervisor to review it, or recommend denial.");
    }

    /** Whether the command grants licence terms, so these rules (and the documents they read) apply to it. */
    public static boolean appliesTo(WorkflowCommand command) {
        return terms(command) != null;
    }

    /** The terms the command would grant: a recommendation's, or a supervisor's own when approving. */
    private static ApprovalTerms terms(WorkflowCommand command) {
        if (command instanceof WorkflowCommand.RecommendApproval recommend) {
            return recommend.terms();
        }
        if (command instanceof WorkflowCommand.Approve approve) {
            return approve.terms();
        }
        return null;
    }

    private static List<String> missing(List<DocumentType> required, Set<DocumentType> documents) {
        List<String> missing = new ArrayList<>();
        for (DocumentType type : required) {
            if (!documents.contains(type)) {
                missing.add(describe(type));
            }
        }
        return missing;
    }

    private static String describe(DocumentType type) {
        return switch (type) {
            case RISK_ASSESSMENT_REPORT -> "a risk-assessment report";
            case EXPORTER_UNDERTAKING -> "the exporter's written undertaking on end use";
            case INTERNAL_COMPLIANCE_PROGRAMME -> "internal compliance programme";
            default -> type.name();
        };
    }
}
