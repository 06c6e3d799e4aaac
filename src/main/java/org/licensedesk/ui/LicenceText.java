package org.licensedesk.ui;

import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.letter.LetterKind;

/** The licences' words on screen: statuses, parties and letter kinds, in the user's language. */
public final class LicenceText {
    private final Messages messages;

    public LicenceText(Messages messages) {
        this.messages = messages;
    }

    public String status(LicenceStatus status) {
        return messages.get(switch (status) {
            case ACTIVE -> "licence.status.ACTIVE";
            case SUSPENDED -> "licence.status.SUSPENDED";
            case REVOKED -> "licence.status.REVOKED";
            case SURRENDERED -> "licence.status.SURRENDERED";
            case EXHAUSTED -> "licence.status.EXHAUSTED";
            case EXPIRED -> "licence.status.EXPIRED";
        });
    }

    public String party(PartyRole role) {
        return messages.get(switch (role) {
            case CONSIGNEE -> "licence.role.CONSIGNEE";
            case END_USER -> "licence.role.END_USER";
        });
    }

    public String letter(LetterKind kind) {
        return messages.get(switch (kind) {
            case APPROVAL -> "licence.letter.kind.APPROVAL";
            case DENIAL -> "licence.letter.kind.DENIAL";
            case INFO_REQUEST -> "licence.letter.kind.INFO_REQUEST";
            case RETURN_WITHOUT_ACTION -> "licence.letter.kind.RETURN_WITHOUT_ACTION";
            case SUSPENSION -> "licence.letter.kind.SUSPENSION";
            case REVOCATION -> "licence.letter.kind.REVOCATION";
        });
    }
}
