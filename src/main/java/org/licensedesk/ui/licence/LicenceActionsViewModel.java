package org.licensedesk.ui.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.appeal.AppealRefusedException;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;
import org.licensedesk.domain.licence.DrawDown;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.LicenceRefusedException;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.LicenceText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * A licence's actions in the window: record a shipment, suspend, reinstate, revoke, surrender, receive an amendment
 * and take it through the four-eyes flow; and for a denied application, its appeal. It knows the licence (or the
 * application) shown, says which commands the user may take now and why not, opens each command's form, and sends
 * it through the services in the background. The services decide: a refusal comes back as their sentence, shown
 * beside the field it concerns, and nothing is written.
 */
public final class LicenceActionsViewModel {
    private static final String REASON = "reason";
    private static final String NOTE = "note";

    private final LicenceActionsBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LicenceDialogs forms;
    private final Messages messages;
    private final Runnable afterChange;
    private final LicenceText words;
    private final DomainText text;
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Shown shown = Shown.NOTHING;
    private long generation;
    private String shownKey;
    private javafx.scene.Node origin;

    /** What the actions concern now: a licence (with its open amendment) and/or a denied application's appeal. */
    private record Shown(Licence licence, LocalDate today, Amendment openAmendment, String applicationRef,
                         ApplicationStatus applicationStatus, Appeal appeal) {
        static final Shown NOTHING = new Shown(null, null, null, null, null, null);
    }

    /** @param afterChange told after every action done, so the lists and the shown application reload */
    public LicenceActionsViewModel(LicenceActionsBackend backend, User user, TaskExecutor executor,
            DialogService dialogs, LicenceDialogs forms, Messages messages, Runnable afterChange) {
        this.backend = backend;
        this.user = user;
        this.executor = executor;
        this.dialogs = dialogs;
        this.forms = forms;
        this.messages = messages;
        this.afterChange = afterChange;
        this.words = new LicenceText(messages);
        this.text = new DomainText(messages);
    }

    /** Shows a licence's actions (the Licences window's selection); null shows none. */
    public void showLicence(String number) {
        load(number, number == null ? null : () -> {
            Licence licence = backend.licence(number);
            return new Shown(licence, backend.today(), openAmendment(licence), null, null, null);
        });
    }

    /** Shows the actions of an application's licence, or of its appeal when it was denied; null shows none. */
    public void showApplication(String reference, ApplicationStatus applicationStatus) {
        load(reference, reference == null ? null : () -> {
            Optional<Licence> licence = backend.licenceOf(reference);
            boolean appealable = applicationStatus == ApplicationStatus.DENIED;
            Appeal appeal = backend.appeal(reference).orElse(null);
            return new Shown(licence.orElse(null), backend.today(), licence.map(this::openAmendment).orElse(null),
                    reference, applicationStatus, appealable || appeal != null ? appeal : null);
        });
    }

    private Amendment openAmendment(Licence licence) {
        return backend.amendments(licence.number()).stream().filter(Amendment::open).findFirst().orElse(null);
    }

    /** @param key the licence or application shown: what the last action did stays said while it is shown */
    private void load(String key, Callable<Shown> loading) {
        long current = ++generation;
        if (!java.util.Objects.equals(key, shownKey)) {
            status.set("");
        }
        shownKey = key;
        if (loading == null) {
            shown = Shown.NOTHING;
            changes.set(changes.get() + 1);
            return;
        }
        BackgroundTask.wrap(loading)
                .withTitle(messages.get("licenceActions.loading"))
                .onSuccess(found -> {
                    if (current == generation) {
                        shown = found;
                        changes.set(changes.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        shown = Shown.NOTHING;
                        changes.set(changes.get() + 1);
                        dialogs.showError(messages.get("licence.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("licence.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    /** Whether the command belongs to what is shown (a licence's commands to a licence, an appeal's to a denial). */
    public boolean offered(LicenceCommand command) {
        if (command.appeal()) {
            return shown.applicationStatus() == ApplicationStatus.DENIED || shown.appeal() != null;
        }
        if (shown.licence() == null) {
            return false;
        }
        return switch (command) {
            case RECOMMEND_AMENDMENT, DECIDE_AMENDMENT -> shown.openAmendment() != null;
            default -> true;
        };
    }

    /**
     * Why the user may not take the command now, in their language, or empty when they may. The service checks
     * again when it is sent; this only spares the user a form the service would refuse.
     */
    public Optional<String> unavailable(LicenceCommand command) {
        if (!offered(command)) {
            return Optional.of(messages.get("licenceActions.nothingShown"));
        }
        Licence licence = shown.licence();
        Optional<LicenceAction> action = command.action();
        if (action.isPresent()) {
            if (action.get() != LicenceAction.SURRENDER && user.role() != UserRole.SUPERVISOR) {
                return Optional.of(messages.get("licenceActions.supervisorOnly"));
            }
            LicenceStatus now = licence.status(shown.today());
            if (action.get().refusal(user, now, licence.number(), "x".repeat(LicenceAction.MIN_REASON)).isPresent()) {
                return Optional.of(messages.format("licenceActions.notInStatus", licence.number(),
                        words.status(now)));
            }
            return Optional.empty();
        }
        return switch (command) {
            case RECORD_SHIPMENT -> licence.status(shown.today()) == LicenceStatus.ACTIVE ? Optional.empty()
                    : Optional.of(messages.format("licenceActions.notInStatus", licence.number(),
                    words.status(licence.status(shown.today()))));
            case RECEIVE_AMENDMENT -> licence.status(shown.today()).isFinal()
                    ? Optional.of(messages.format("licenceActions.notInStatus", licence.number(),
                    words.status(licence.status(shown.today()))))
                    : Optional.empty();
            case RECOMMEND_AMENDMENT -> user.role() != UserRole.REVIEWER
                    ? Optional.of(messages.get("licenceActions.reviewerRecommends")) : Optional.empty();
            case DECIDE_AMENDMENT -> user.role() != UserRole.SUPERVISOR
                    ? Optional.of(messages.get("licenceActions.supervisorDecides"))
                    : shown.openAmendment().recommendedBy() == null
                    ? Optional.of(messages.get("licenceActions.notRecommendedYet")) : Optional.empty();
            case RECEIVE_APPEAL -> shown.appeal() != null && shown.appeal().open()
                    ? Optional.of(messages.get("licenceActions.appealOpen")) : Optional.empty();
            case REVIEW_APPEAL -> shown.appeal() == null || !shown.appeal().open()
                    ? Optional.of(messages.get("licenceActions.noOpenAppeal"))
                    : user.role() != UserRole.REVIEWER ? Optional.of(messages.get("licenceActions.reviewerReviews"))
                    : Optional.empty();
            case DECIDE_APPEAL -> shown.appeal() == null || !shown.appeal().open()
                    ? Optional.of(messages.get("licenceActions.noOpenAppeal"))
                    : user.role() != UserRole.SUPERVISOR ? Optional.of(messages.get("licenceActions.supervisorDecides"))
                    : shown.appeal().recommendation() == null ? Optional.of(messages.get("licenceActions.notReviewedYet"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The command's name on its button, such as "Suspend…". */
    public String name(LicenceCommand command) {
        return messages.get(switch (command) {
            case RECORD_SHIPMENT -> "licenceActions.RECORD_SHIPMENT";
            case SUSPEND -> "licenceActions.SUSPEND";
            case REINSTATE -> "licenceActions.REINSTATE";
            case REVOKE -> "licenceActions.REVOKE";
            case SURRENDER -> "licenceActions.SURRENDER";
            case RECEIVE_AMENDMENT -> "licenceActions.RECEIVE_AMENDMENT";
            case RECOMMEND_AMENDMENT -> "licenceActions.RECOMMEND_AMENDMENT";
            case DECIDE_AMENDMENT -> "licenceActions.DECIDE_AMENDMENT";
            case RECEIVE_APPEAL -> "licenceActions.RECEIVE_APPEAL";
            case REVIEW_APPEAL -> "licenceActions.REVIEW_APPEAL";
            case DECIDE_APPEAL -> "licenceActions.DECIDE_APPEAL";
        });
    }

    /** The command's name as a form's title: without the ellipsis of its button. */
    private String title(LicenceCommand command) {
        return name(command).replace("…", "").strip();
    }

    /** A line about the open amendment or the appeal, for the row of actions; empty when there is neither. */
    public String situation() {
        List<String> lines = new ArrayList<>();
        Amendment amendment = shown.openAmendment();
        if (amendment != null) {
            lines.add(messages.format("licenceActions.openAmendment", amendmentField(amendment.field()),
                    amendment.newValue(), amendment.dueOn(), amendment.recommendation() == null
                            ? messages.get("licenceActions.awaitingRecommendation")
                            : messages.format("licenceActions.recommended", amendment.recommendedBy(),
                            amendment.recommendation())));
        }
        Appeal appeal = shown.appeal();
        if (appeal != null) {
            lines.add(messages.format("licenceActions.appeal", appeal.receivedOn(), appealStatus(appeal.status()),
                    appeal.reviewer() == null ? "—" : appeal.reviewer(),
                    appeal.recommendation() == null ? "—" : outcome(appeal.recommendation())));
        }
        return String.join("\n", lines);
    }

    /**
     * Opens the command's form; when it is sent, the service performs it.
     *
     * @param origin the row of actions that asked, whose window owns the form; may be null
     */
    public void perform(LicenceCommand command, javafx.scene.Node origin) {
        if (unavailable(command).isPresent()) {
            return;
        }
        this.origin = origin;
        Shown on = shown;
        switch (command) {
            case RECORD_SHIPMENT -> shipment(on);
            case SUSPEND, REINSTATE, REVOKE, SURRENDER -> change(on, command);
            case RECEIVE_AMENDMENT -> receiveAmendment(on);
            case RECOMMEND_AMENDMENT, DECIDE_AMENDMENT -> decideAmendment(on, command);
            case RECEIVE_APPEAL -> receiveAppeal(on);
            case REVIEW_APPEAL, DECIDE_APPEAL -> decideAppeal(on, command);
        }
    }

    private void change(Shown on, LicenceCommand command) {
        LicenceAction action = command.action().orElseThrow();
        String number = on.licence().number();
        LicenceForm form = new LicenceForm("licenceReasonForm", title(command),
                messages.format("licenceActions.header", title(command), number), title(command),
                List.of(LicenceForm.Field.area(REASON, messages.get(action == LicenceAction.SURRENDER
                        ? "licenceActions.holderRequest" : "licenceActions.reason"),
                        messages.format("licenceActions.reasonHint", LicenceAction.MIN_REASON))));
        forms.open(form, origin, (values, reply) -> send(() -> backend.change(user, number, action, values.text(REASON)),
                reply, REASON, messages.format(switch (action) {
                    case SUSPEND -> "licenceActions.done.SUSPEND";
                    case REINSTATE -> "licenceActions.done.REINSTATE";
                    case REVOKE -> "licenceActions.done.REVOKE";
                    case SURRENDER -> "licenceActions.done.SURRENDER";
                }, number)));
    }

    private void shipment(Shown on) {
        Licence licence = on.licence();
        List<LicenceForm.Field> fields = new ArrayList<>();
        fields.add(LicenceForm.Field.date(DrawDown.SHIPPED_ON, messages.get("licenceActions.shippedOn"), on.today()));
        fields.add(LicenceForm.Field.choice(DrawDown.CONSIGNEE, messages.get("licenceActions.consignee"),
                messages.get("licenceActions.consigneeHint"), licence.parties(),
                (LicensedParty party) -> words.party(party.role()) + ": " + party.name()));
        fields.add(LicenceForm.Field.text(DrawDown.CUSTOMS_DECLARATION, messages.get("licenceActions.declaration"),
                null));
        for (LicensedItem item : licence.items()) {
            fields.add(LicenceForm.Field.quantity("line/" + item.lineNo(),
                    messages.format("licenceActions.line", item.lineNo(), item.controlCode(), item.elementSymbol(),
                            item.description()),
                    messages.format("licenceActions.lineHint", plain(item.remaining()), text.unit(item.unit())),
                    item.unit()));
        }
        LicenceForm form = new LicenceForm("shipmentForm", title(LicenceCommand.RECORD_SHIPMENT),
                messages.format("licenceActions.header", title(LicenceCommand.RECORD_SHIPMENT), licence.number()),
                messages.get("licenceActions.send.RECORD_SHIPMENT"), fields);
        forms.open(form, origin, (values, reply) -> {
            Object date = values.get(DrawDown.SHIPPED_ON);
            if (!(date instanceof LocalDate shippedOn)) {
                reply.refused(DrawDown.SHIPPED_ON, messages.get("licenceActions.noDate"));
                return;
            }
            LicensedParty party = values.get(DrawDown.CONSIGNEE);
            List<ShipmentLine> lines = new ArrayList<>();
            List<String> lineKeys = new ArrayList<>();
            for (LicensedItem item : licence.items()) {
                String key = "line/" + item.lineNo();
                LicenceForm.Quantity quantity = values.get(key);
                String amount = quantity == null ? "" : quantity.amount().strip().replace(',', '.');
                if (amount.isEmpty()) {
                    continue;
                }
                BigDecimal parsed;
                try {
                    parsed = new BigDecimal(amount);
                } catch (NumberFormatException notANumber) {
                    reply.refused(key, messages.format("licenceActions.notANumber", quantity.amount().strip()));
                    return;
                }
                lines.add(new ShipmentLine(item.lineNo(), parsed, quantity.unit()));
                lineKeys.add(key);
            }
            if (lines.isEmpty()) {
                reply.refused(licence.items().isEmpty() ? null : "line/" + licence.items().get(0).lineNo(),
                        messages.get("licenceActions.noQuantity"));
                return;
            }
            Shipment shipment = new Shipment(licence.number(), shippedOn, party == null ? "" : party.name(),
                    values.text(DrawDown.CUSTOMS_DECLARATION).strip(), lines);
            send(() -> backend.recordShipment(user, shipment), new LicenceForm.Reply() {
                @Override
                public void done() {
                    reply.done();
                }

                @Override
                public void refused(String field, String sentence) {
                    // The service names the n-th line given; the form names lines by their licence line number.
                    if (field != null && field.startsWith("lines/")) {
                        int given = Integer.parseInt(field.substring("lines/".length()));
                        field = given < lineKeys.size() ? lineKeys.get(given) : null;
                    }
                    reply.refused(field, sentence);
                }
            }, null, messages.format("licenceActions.done.SHIPMENT", shipment.customsDeclaration(),
                    licence.number()));
        });
    }

    private void receiveAmendment(Shown on) {
        String number = on.licence().number();
        LicenceForm form = new LicenceForm("amendmentForm", title(LicenceCommand.RECEIVE_AMENDMENT),
                messages.format("licenceActions.header", title(LicenceCommand.RECEIVE_AMENDMENT), number),
                messages.get("licenceActions.send.RECEIVE_AMENDMENT"), List.of(
                LicenceForm.Field.choice("field", messages.get("licenceActions.amendmentField"),
                        messages.get("licenceActions.amendmentFieldHint"), List.of(AmendmentField.values()),
                        this::amendmentField),
                LicenceForm.Field.text("value", messages.get("licenceActions.newValue"), null),
                LicenceForm.Field.date("receivedOn", messages.get("licenceActions.receivedOn"), on.today()),
                LicenceForm.Field.area(NOTE, messages.get("licenceActions.note"), null)));
        forms.open(form, origin, (values, reply) -> {
            Object date = values.get("receivedOn");
            if (!(date instanceof LocalDate receivedOn)) {
                reply.refused("receivedOn", messages.get("licenceActions.noDate"));
                return;
            }
            AmendmentField field = values.get("field");
            send(() -> backend.receiveAmendment(user, number, field, values.text("value"), receivedOn,
                            values.text(NOTE)), reply, field.isKey() ? "field" : null,
                    messages.format("licenceActions.done.RECEIVE_AMENDMENT", number));
        });
    }

    private void decideAmendment(Shown on, LicenceCommand command) {
        Amendment amendment = on.openAmendment();
        boolean decide = command == LicenceCommand.DECIDE_AMENDMENT;
        LicenceForm form = new LicenceForm("amendmentDecisionForm", title(command),
                messages.format("licenceActions.amendmentHeader", title(command), on.licence().number(),
                        amendmentField(amendment.field()), amendment.oldValue() == null ? "—" : amendment.oldValue(),
                        amendment.newValue()),
                title(command), List.of(
                LicenceForm.Field.choice("approve", messages.get("licenceActions.outcome"), null,
                        List.of(Boolean.TRUE, Boolean.FALSE), (Boolean approve) -> messages.get(approve
                                ? "licenceActions.approveAmendment" : "licenceActions.refuseAmendment")),
                LicenceForm.Field.area(NOTE, messages.get("licenceActions.note"),
                        messages.format("licenceActions.reasonHint", LicenceAction.MIN_REASON))));
        forms.open(form, origin, (values, reply) -> {
            boolean approve = Boolean.TRUE.equals(values.get("approve"));
            send(() -> decide ? backend.decideAmendment(user, amendment.id(), approve, values.text(NOTE))
                            : backend.recommendAmendment(user, amendment.id(), approve, values.text(NOTE)), reply, null,
                    messages.format(decide ? "licenceActions.done.DECIDE_AMENDMENT"
                            : "licenceActions.done.RECOMMEND_AMENDMENT", on.licence().number()));
        });
    }

    private void receiveAppeal(Shown on) {
        String reference = on.applicationRef();
        LicenceForm form = new LicenceForm("appealForm", title(LicenceCommand.RECEIVE_APPEAL),
                messages.format("licenceActions.header", title(LicenceCommand.RECEIVE_APPEAL), reference),
                messages.get("licenceActions.send.RECEIVE_APPEAL"), List.of(
                LicenceForm.Field.date("receivedOn", messages.get("licenceActions.receivedOn"), on.today()),
                LicenceForm.Field.area(NOTE, messages.get("licenceActions.note"),
                        messages.format("licenceActions.reasonHint", LicenceAction.MIN_REASON))));
        forms.open(form, origin, (values, reply) -> {
            Object date = values.get("receivedOn");
            if (!(date instanceof LocalDate receivedOn)) {
                reply.refused("receivedOn", messages.get("licenceActions.noDate"));
                return;
            }
            send(() -> backend.receiveAppeal(user, reference, receivedOn, values.text(NOTE)), reply, null,
                    messages.format("licenceActions.done.RECEIVE_APPEAL", reference));
        });
    }

    private void decideAppeal(Shown on, LicenceCommand command) {
        String reference = on.applicationRef();
        boolean decide = command == LicenceCommand.DECIDE_APPEAL;
        LicenceForm form = new LicenceForm("appealDecisionForm", title(command),
                messages.format("licenceActions.header", title(command), reference), title(command), List.of(
                LicenceForm.Field.choice("outcome", messages.get("licenceActions.outcome"),
                        messages.get("licenceActions.appealOutcomeHint"), List.of(AppealOutcome.values()),
                        this::outcome),
                LicenceForm.Field.area(NOTE, messages.get("licenceActions.note"),
                        messages.format("licenceActions.reasonHint", LicenceAction.MIN_REASON))));
        forms.open(form, origin, (values, reply) -> {
            AppealOutcome outcome = values.get("outcome");
            send(() -> decide ? backend.decideAppeal(user, reference, outcome, values.text(NOTE))
                            : backend.reviewAppeal(user, reference, outcome, values.text(NOTE)), reply, null,
                    messages.format(decide ? "licenceActions.done.DECIDE_APPEAL" : "licenceActions.done.REVIEW_APPEAL",
                            reference, outcome(outcome)));
        });
    }

    /**
     * Runs the service call in the background. A refusal goes back to the form, beside the field it names (or
     * {@code defaultField}); anything else also lands in an error dialog.
     */
    private void send(Callable<?> call, LicenceForm.Reply reply, String defaultField, String doneMessage) {
        Shown before = shown;
        BackgroundTask.wrap(call)
                .withTitle(messages.get("licenceActions.sending"))
                .onSuccess(result -> {
                    reply.done();
                    status.set(doneMessage);
                    reload(before);
                    afterChange.run();
                })
                .onFailure(failure -> {
                    if (failure instanceof LicenceRefusedException refused) {
                        reply.refused(refused.field().orElse(defaultField), refused.getMessage());
                    } else if (failure instanceof AppealRefusedException) {
                        reply.refused(defaultField, failure.getMessage());
                    } else {
                        reply.refused(null, ErrorText.whatHappened(failure, messages));
                        dialogs.showError(messages.get("licenceActions.failed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("licenceActions.failed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    private void reload(Shown before) {
        if (before.applicationRef() != null) {
            showApplication(before.applicationRef(), before.applicationStatus());
        } else if (before.licence() != null) {
            showLicence(before.licence().number());
        }
    }

    private String amendmentField(AmendmentField field) {
        return messages.get(switch (field) {
            case CONTACT_NAME -> "licenceActions.field.CONTACT_NAME";
            case CONTACT_PHONE -> "licenceActions.field.CONTACT_PHONE";
            case CONTACT_EMAIL -> "licenceActions.field.CONTACT_EMAIL";
            case PORT_OF_EXPORT -> "licenceActions.field.PORT_OF_EXPORT";
            case CONSIGNEE_ADDRESS -> "licenceActions.field.CONSIGNEE_ADDRESS";
            case END_USER_ADDRESS -> "licenceActions.field.END_USER_ADDRESS";
            case ITEM -> "licenceActions.field.ITEM";
            case QUANTITY_UP -> "licenceActions.field.QUANTITY_UP";
            case END_USER -> "licenceActions.field.END_USER";
            case END_USE -> "licenceActions.field.END_USE";
            case CONSIGNEE -> "licenceActions.field.CONSIGNEE";
        });
    }

    private String outcome(AppealOutcome outcome) {
        return messages.get(switch (outcome) {
            case UPHELD -> "licenceActions.outcome.UPHELD";
            case GRANTED -> "licenceActions.outcome.GRANTED";
        });
    }

    private String appealStatus(String appealStatus) {
        return switch (appealStatus) {
            case "OPEN" -> messages.get("licenceActions.appealStatus.OPEN");
            case "UPHELD" -> messages.get("licenceActions.outcome.UPHELD");
            case "GRANTED" -> messages.get("licenceActions.outcome.GRANTED");
            default -> appealStatus;
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Counts every change of what is shown, so the row of actions redraws. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** What the last action did, such as "Licence LD-2026-000123 suspended." */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
