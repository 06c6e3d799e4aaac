package org.licensedesk.domain.appeal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * Who may do what with an appeal against a denial. An appeal is received within the period after the denial,
 * reviewed by a reviewer and decided by a supervisor; neither may have taken part in the original decision
 * ({@code participants}: everyone who claimed, assessed, recommended, sent back or decided it).
 */
public final class AppealRules {
    private AppealRules() {
    }

    public static Optional<String> refuseReceipt(User actor, ApplicationStatus status, String reference,
                                                 LocalDate deniedOn, LocalDate receivedOn, LocalDate today,
                                                 int periodDays, boolean openAppeal) {
        if (!actor.active()) {
            return Optional.of(actor.username() + " is deactivated and can record no appeal.");
        }
        if (status != ApplicationStatus.DENIED || deniedOn == null) {
            return Optional.of("Application " + reference + " is " + status + "; only a denial can be appealed.");
        }
        if (openAppeal) {
            return Optional.of("An appeal against the denial of " + reference + " is already open; decide it first.");
        }
        if (receivedOn.isAfter(today)) {
            return Optional.of("The appeal's date of receipt, " + receivedOn + ", is after today; give the day it "
                    + "arrived.");
        }
        if (receivedOn.isBefore(deniedOn)) {
            return Optional.of("The appeal is dated " + receivedOn + ", before the denial of " + deniedOn
                    + "; check the date.");
        }
        LocalDate lastDay = deniedOn.plusDays(periodDays);
        if (receivedOn.isAfter(lastDay)) {
            return Optional.of("The appeal arrived on " + receivedOn + ", after the " + periodDays + " days that "
                    + "followed the denial of " + deniedOn + " (last day " + lastDay + "); it is out of time.");
        }
        return Optional.empty();
    }

    public static Optional<String> refuseReview(User actor, Appeal appeal, Set<String> participants) {
        if (!actor.active()) {
            return Optional.of(actor.username() + " is deactivated and can review no appeal.");
        }
        if (actor.role() != UserRole.REVIEWER) {
            return Optional.of("A reviewer reviews the appeal; a supervisor decides it after the review.");
        }
        if (participants.contains(actor.username())) {
            return Optional.of(actor.username() + " took part in the decision under appeal on "
                    + appeal.applicationRef() + "; another reviewer must review the appeal.");
        }
        if (appeal.recommendation() != null) {
            return Optional.of("The appeal on " + appeal.applicationRef() + " was already reviewed by "
                    + appeal.reviewer() + "; a supervisor decides it now.");
        }
        return Optional.empty();
    }

    public static Optional<String> refuseDecision(User actor, Appeal appeal, Set<String> participants) {
        if (!actor.active()) {
            return Optional.of(actor.username() + " is deactivated and can decide no appeal.");
        }
        if (actor.role() != UserRole.SUPERVISOR) {
            return Optional.of("Only a supervisor decides an appeal.");
        }
        if (participants.contains(actor.username())) {
            return Optional.of(actor.username() + " took part in the decision under appeal on "
                    + appeal.applicationRef() + "; another supervisor must decide the appeal.");
        }
        if (appeal.recommendation() == null) {
            return Optional.of("The appeal on " + appeal.applicationRef() + " has not been reviewed yet; a reviewer "
                    + "who took no part in the decision reviews it first.");
        }
        return Optional.empty();
    }

    /** Issuing the licence on a granted appeal needs two officials to agree: the review recommended granting it. */
    public static Optional<String> refuseLicence(Appeal appeal) {
        if (appeal.recommendation() != AppealOutcome.GRANTED) {
            return Optional.of(appeal.reviewer() + " recommended upholding the denial of " + appeal.applicationRef()
                    + "; a licence is issued on appeal only when the review recommends granting it. Decide UPHELD, "
                    + "or GRANTED without licence terms to send the application back for a new decision.");
        }
        return Optional.empty();
    }
}
