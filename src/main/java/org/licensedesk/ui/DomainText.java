package org.licensedesk.ui;

import java.util.Locale;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QuantityUnit;

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
