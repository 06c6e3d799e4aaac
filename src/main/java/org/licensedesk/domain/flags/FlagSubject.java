package org.licensedesk.domain.flags;

import org.licensedesk.domain.ScreenedParty;

/** What a flag is on: the application as a whole, or one of its screened parties (applicant, consignee, end user). */
public enum FlagSubject {
    APPLICATION,
    APPLICANT,
    CONSIGNEE,
    END_USER;

    /** The subject for a screened party. */
    public static FlagSubject of(ScreenedParty party) {
        return switch (party) {
            case APPLICANT -> APPLICANT;
            case CONSIGNEE -> CONSIGNEE;
            case END_USER -> END_USER;
        };
    }
}
