package org.licensedesk.ui.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.licensedesk.appeal.AppealService;
import org.licensedesk.domain.User;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.licence.AmendmentService;
import org.licensedesk.licence.LicenceService;

/** What a licence's actions need of the services: the licence, its amendments, the application's appeal. */
public interface LicenceActionsBackend {
    LocalDate today();

    Licence licence(String number);

    Optional<Licence> licenceOf(String applicationRef);

    List<Amendment> amendments(String number);

    Licence change(User actor, String number, LicenceAction action, String reason);

    Licence recordShipment(User actor, Shipment shipment);

    Amendment receiveAmendment(User actor, String number, AmendmentField field, String value, LocalDate receivedOn,
            String note);

    Amendment recommendAmendment(User actor, long id, boolean approve, String note);

    Amendment decideAmendment(User actor, long id, boolean approve, String note);

    Optional<Appeal> appeal(String applicationRef);

    Appeal receiveAppeal(User actor, String applicationRef, LocalDate receivedOn, String note);

    Appeal reviewAppeal(User actor, String applicationRef, AppealOutcome recommendation, String note);

    Appeal decideAppeal(User actor, String applicationRef, AppealOutcome outcome, String note);

    static LicenceActionsBackend of(LicenceService licences, AmendmentService amendments, AppealService appeals) {
        return new LicenceActionsBackend() {
            @Override
            public LocalDate today() {
                return licences.today();
            }

            @Override
            public Licence licence(String number) {
                return licences.licence(number);
            }

            @Override
            public Optional<Licence> licenceOf(String applicationRef) {
                return licences.licenceOf(applicationRef);
            }

            @Override
            public List<Amendment> amendments(String number) {
                return amendments.amendments(number);
            }

            @Override
            public Licence change(User actor, String number, LicenceAction action, String reason) {
                return licences.change(actor, number, action, reason);
            }

            @Override
            public Licence recordShipment(User actor, Shipment shipment) {
                return licences.recordShipment(actor, shipment);
            }

            @Override
            public Amendment receiveAmendment(User actor, String number, AmendmentField field, String value,
                    LocalDate receivedOn, String note) {
                return amendments.receive(actor, number, field, value, receivedOn, note);
            }

            @Override
            public Amendment recommendAmendment(User actor, long id, boolean approve, String note) {
                return amendments.recommend(actor, id, approve, note);
            }

            @Override
            public Amendment decideAmendment(User actor, long id, boolean approve, String note) {
                return amendments.decide(actor, id, approve, note);
            }

            @Override
            public Optional<Appeal> appeal(String applicationRef) {
                return appeals.latest(applicationRef);
            }

            @Override
            public Appeal receiveAppeal(User actor, String applicationRef, LocalDate receivedOn, String note) {
                return appeals.receive(actor, applicationRef, receivedOn, note);
            }

            @Override
            public Appeal reviewAppeal(User actor, String applicationRef, AppealOutcome recommendation,
                    String note) {
                return appeals.review(actor, applicationRef, recommendation, note);
            }

            @Override
            public Appeal decideAppeal(User actor, String applicationRef, AppealOutcome outcome, String note) {
                return appeals.decide(actor, applicationRef, outcome, note);
            }
        };
    }
}
