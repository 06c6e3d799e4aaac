package org.licensedesk.ui;

import java.util.Locale;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ReviewFactor;

/**
 * Names of domain values in the user's language. Keys are spelt out (not built from enum names) so the
 * localisation test can see that each is used.
 */
public final class DomainText {
    private final Messages messages;

    public DomainText(Messages messages) {
        this.messages = messages;
    }

    public String status(ApplicationStatus status) {
        return messages.get(switch (status) {
            case SUBMITTED -> "status.submitted";
            case UNDER_REVIEW -> "status.underReview";
            case INFO_REQUESTED -> "status.infoRequested";
            case PENDING_COUNTERSIGN -> "status.pendingCountersign";
            case APPROVED -> "status.approved";
            case DENIED -> "status.denied";
            case RETURNED -> "status.returned";
            case WITHDRAWN -> "status.withdrawn";
        });
    }

    /** A status as the audit trail writes it (the enum's name); an unknown name is shown as written. */
    public String status(String statusName) {
        if (statusName == null || statusName.isBlank()) {
            return "";
        }
        try {
            return status(ApplicationStatus.valueOf(statusName));
        } catch (IllegalArgumentException unknown) {
            return statusName;
        }
    }

    public String role(UserRole role) {
        return messages.get(switch (role) {
            case REVIEWER -> "role.reviewer";
            case SUPERVISOR -> "role.supervisor";
        });
    }

    /** "Wang Fang (Reviewer)": who is signed in, as the window shows it. */
    public String user(User user) {
        return messages.format("user.withRole", user.displayName(), role(user.role()));
    }

    /** What an audit entry records, in the past tense, as the History tab lists it. */
    public String action(AuditAction action) {
        return messages.get(switch (action) {
            case CREATED -> "action.created";
            case CLAIMED -> "action.claimed";
            case ASSIGNED -> "action.assigned";
            case INFO_REQUESTED -> "action.infoRequested";
            case INFO_RECEIVED -> "action.infoReceived";
            case ASSESSED -> "action.assessed";
            case RECOMMENDED_APPROVAL -> "action.recommendedApproval";
            case RECOMMENDED_DENIAL -> "action.recommendedDenial";
            case RETURNED_WITHOUT_ACTION -> "action.returnedWithoutAction";
            case SENT_BACK -> "action.sentBack";
            case APPROVED -> "action.approved";
            case DENIED -> "action.denied";
            case WITHDRAWN -> "action.withdrawn";
            case NOTE_ADDED -> "action.noteAdded";
            case CLOCK_STOPPED -> "clockStop.action.stopped";
            case CLOCK_RESUMED -> "clockStop.action.resumed";
            case COUNTERSIGNED -> "action.countersigned";
            case SCREENING_DISPOSITION -> "action.screeningDisposition";
            case SCREENING_LIST_IMPORTED -> "action.screeningListImported";
            case USER_ADDED -> "action.userAdded";
            case PASSWORD_RESET -> "action.passwordReset";
            case USER_DEACTIVATED -> "action.userDeactivated";
            case AUDIT_EXPORTED -> "action.auditExported";
            case AUDIT_VERIFICATION_FAILED -> "action.auditVerificationFailed";
            case SCREENING_THRESHOLD_CHANGED -> "screening.action.thresholdChanged";
            case CALENDAR_UPDATED -> "calendar.action.updated";
            case SHIPMENT_RECORDED -> "licence.action.shipmentRecorded";
            case LICENCE_SUSPENDED -> "licence.action.suspended";
            case LICENCE_REINSTATED -> "licence.action.reinstated";
            case LICENCE_REVOKED -> "licence.action.revoked";
            case LICENCE_SURRENDERED -> "licence.action.surrendered";
            case LICENCE_EXPIRED -> "licence.action.expired";
            case LETTER_ISSUED -> "licence.action.letterIssued";
            case APPEAL_RECEIVED -> "appeal.action.received";
            case APPEAL_REVIEWED -> "appeal.action.reviewed";
            case APPEAL_UPHELD -> "appeal.action.upheld";
            case APPEAL_GRANTED -> "appeal.action.granted";
            case AMENDMENT_RECEIVED -> "amendment.action.received";
            case AMENDMENT_RECOMMENDED -> "amendment.action.recommended";
            case AMENDMENT_APPROVED -> "amendment.action.approved";
            case AMENDMENT_REFUSED -> "amendment.action.refused";
            case LICENCE_LINKED -> "amendment.action.linked";
            case SIGNING_KEY_REGISTERED -> "action.signingKeyRegistered";
            case TRAIL_MISMATCH -> "action.trailMismatch";
            case STORE_COPIED -> "action.storeCopied";
            case FLAG_RULE_CHANGED -> "action.flagRuleChanged";
            case COUNTERSIGN_THRESHOLD_CHANGED -> "action.countersignThresholdChanged";
            case FLAG_RAISED -> "action.flagRaised";
            case FLAG_CLEARED -> "action.flagCleared";
        });
    }

    /** An action name as the audit trail writes it; one this version does not know is shown as written. */
    public String action(String actionName) {
        try {
            return action(AuditAction.valueOf(actionName));
        } catch (IllegalArgumentException unknown) {
            return actionName;
        }
    }

    /** The command that starts a workflow action, as its button and menu item say it. */
    public String command(AuditAction action) {
        return messages.get(switch (action) {
            case CLAIMED -> "command.claim";
            case ASSIGNED -> "command.assign";
            case INFO_REQUESTED -> "command.requestInfo";
            case INFO_RECEIVED -> "command.receiveInfo";
            case ASSESSED -> "command.assess";
            case RECOMMENDED_APPROVAL -> "command.recommendApproval";
            case RECOMMENDED_DENIAL -> "command.recommendDenial";
            case RETURNED_WITHOUT_ACTION -> "command.returnWithoutAction";
            case SENT_BACK -> "command.sendBack";
            case APPROVED -> "command.approve";
            case DENIED -> "command.deny";
            case WITHDRAWN -> "command.withdraw";
            case NOTE_ADDED -> "command.addNote";
            case CLOCK_STOPPED -> "clockStop.command.stop";
            case CLOCK_RESUMED -> "clockStop.command.resume";
            default -> throw new IllegalArgumentException(action + " is not a workflow command");
        });
    }

    /** The command without the ellipsis its button has, for titles and messages: "Claim", "Recommend approval". */
    public String commandName(AuditAction action) {
        return command(action).replaceAll("(\u2026+|\\.\\.\\.)$", "");
    }

    /** Why the decision clock is stopped, with its article: "Expert consultation (Art. 17(3))". */
    public String clockStop(ClockStop reason) {
        return messages.get(switch (reason) {
            case IDENTIFICATION -> "clockStop.reason.identification";
            case EXPERT_CONSULTATION -> "clockStop.reason.expertConsultation";
            case ON_SITE_VERIFICATION -> "clockStop.reason.onSiteVerification";
            case STATE_COUNCIL_REFERRAL -> "clockStop.reason.stateCouncilReferral";
        });
    }

    public String factor(ReviewFactor factor) {
        return messages.get(switch (factor) {
            case NATIONAL_SECURITY -> "factor.nationalSecurity";
            case INTERNATIONAL_OBLIGATIONS -> "factor.internationalObligations";
            case EXPORT_TYPE -> "factor.exportType";
            case ITEM_SENSITIVITY -> "factor.itemSensitivity";
            case DESTINATION -> "factor.destination";
            case END_USER_AND_END_USE -> "factor.endUserAndEndUse";
            case EXPORTER_CREDIT -> "factor.exporterCredit";
            case OTHER -> "factor.other";
        });
    }

    public String rating(FactorRating rating) {
        return messages.get(switch (rating) {
            case NO_CONCERN -> "rating.noConcern";
            case CONCERN -> "rating.concern";
            case NOT_APPLICABLE -> "rating.notApplicable";
        });
    }

    public String recommendation(Recommendation recommendation) {
        return messages.get(switch (recommendation) {
            case APPROVAL -> "recommendation.approval";
            case DENIAL -> "recommendation.denial";
        });
    }

    public String licenceType(LicenceType type) {
        return messages.get(switch (type) {
            case SINGLE -> "licenceType.single";
            case GENERAL -> "licenceType.general";
        });
    }

    public String form(ItemForm form) {
        return messages.get(switch (form) {
            case METAL -> "itemForm.metal";
            case ALLOY -> "itemForm.alloy";
            case TARGET -> "itemForm.target";
            case MAGNET_MATERIAL -> "itemForm.magnetMaterial";
            case OXIDE -> "itemForm.oxide";
            case COMPOUND -> "itemForm.compound";
        });
    }

    public String unit(QuantityUnit unit) {
        return messages.get(switch (unit) {
            case KG -> "unit.kg";
            case T -> "unit.t";
            case G -> "unit.g";
            case PCS -> "unit.pcs";
        });
    }

    public String documentType(DocumentType type) {
        return messages.get(switch (type) {
            case END_USER_CERTIFICATE -> "documentType.endUserCertificate";
            case END_USE_STATEMENT -> "documentType.endUseStatement";
            case CONTRACT -> "documentType.contract";
            case TECHNICAL_SPECIFICATION -> "documentType.technicalSpecification";
            case RISK_ASSESSMENT_REPORT -> "documentType.riskAssessmentReport";
            case EXPORTER_UNDERTAKING -> "documentType.exporterUndertaking";
            case INTERNAL_COMPLIANCE_PROGRAMME -> "documentType.internalComplianceProgramme";
            case OTHER -> "documentType.other";
        });
    }

    /** An ISO country code with its name in the user's language, such as "DE (Germany)". */
    public String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        return messages.format("country.withName", isoCode, countryName(isoCode));
    }

    /** The country's name in the user's language, or the code itself when Java does not know it. */
    public static String countryName(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(Locale.getDefault(Locale.Category.DISPLAY));
        return name.isBlank() ? isoCode : name;
    }
}
