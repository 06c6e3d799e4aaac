package org.licensedesk.domain.licence;

import java.time.LocalDate;

/** An amendment application on a licence: OPEN until a supervisor APPROVES or REFUSES it, due by {@code dueOn}. */
public record Amendment(long id, String licenceNumber, AmendmentField field, String oldValue, String newValue,
                        LocalDate receivedOn, LocalDate dueOn, String status, String recommendedBy,
                        String recommendation, String decidedBy, long version) {

    /** Working days an amendment is decided within (Art. 18(3)), on the desk's working-day calendar. */
    public static final int DECISION_WORKING_DAYS = 20;

    public boolean open() {
        return "OPEN".equals(status);
    }
}
