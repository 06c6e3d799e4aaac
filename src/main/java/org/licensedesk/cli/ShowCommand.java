package org.licensedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.workflow.ScreeningClearance;
import org.licensedesk.json.JsonMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code show REF}: one application with all its parts, status, deadline and screening hits, and what the window's
 * Related tab and the queue's denial flag show, as JSON on stdout.
 */
@Command(name = "show", description = {"Print one application as JSON.",
        "All its parts, status, deadline date, working days left, screening hits, related applications and the "
                + "denial flag (applicant denied another licence in the last 3 years)."})
public final class ShowCommand extends DeskCommand {
    private final BackendOpener opener;
    /** Made when first needed: every command line builds this command, most never show anything (issue 11). */
    private ObjectMapper mapper;

    @Parameters(paramLabel = "REF", description = "The application's reference, such as EXP-2026-000123.")
    String reference;

    @Mixin
    DatabaseOption database;

    public ShowCommand(BackendOpener opener) {
        this.opener = opener;
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.shared();
        }
        return mapper;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            ApplicationDetails details = backend.queue().details(reference).orElseThrow(() -> new CommandFailure(
                    "no application " + reference + " in " + backend.storeDescription()));
            ObjectNode json = toJson(details);
            List<ScreeningHit> hits = backend.screening().hits(reference);
            statutoryLimit((ObjectNode) json.get("deadline"), ScreeningClearance.of(hits));
            WorkflowState state = backend.workflow().state(reference);
            clockStop((ObjectNode) json.get("deadline"), state);
            countersign(json, state);
            json.set("screeningHits", screeningHits(hits));
            json.set("related", related(backend.partyHistory().related(reference)));
            json.set("denialFlag", denialFlag(backend.partyHistory().deniedSince(),
                    backend.partyHistory().otherDenialsOfApplicant(reference)));
            out.println(mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new CommandFailure("could not write JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * regime: a party confirmed on MOFCOM's watch list takes the application out of the 45-working-day limit
     * (Regulations Art. 26): {@code statutoryLimit} false, with the reason; the date stays for reference.
     */
    static void statutoryLimit(ObjectNode deadline, ScreeningClearance clearance) {
        List<ScreeningHit> watched = clearance.watchListMatches();
        deadline.put("statutoryLimit", watched.isEmpty());
        if (!watched.isEmpty()) {
            deadline.put("noStatutoryLimit", "no statutory limit: " + watched.get(0).partyName()
                    + " is on MOFCOM's watch list (Regulations Art. 26)");
        }
    }

    /**
     * regime: a running stop of Regulations Art. 17(3) or a referral to the State Council (Art. 17(2)), as
     * {@code clockStop} {reason, article, since}; while referred, {@code statutoryLimit} is false with the reason.
     */
    static void clockStop(ObjectNode deadline, WorkflowState state) {
        ClockStop reason = state.clockStop();
        if (reason == null) {
            return;
        }
        ObjectNode stop = deadline.putObject("clockStop");
        stop.put("reason", reason.name());
        stop.put("article", "Regulations " + reason.article());
        stop.put("since", state.clockStoppedOn() == null ? null : state.clockStoppedOn().toString());
        if (reason.suspendsStatutoryLimit()) {
            deadline.put("statutoryLimit", false);
            deadline.put("noStatutoryLimit", "no statutory limit: referred to the State Council (Regulations "
                    + reason.article() + ")");
        }
    }

    /** The stored screening hits: party, listed name, list and programs, score, matched alias, disposition. */
    ArrayNode screeningHits(List<ScreeningHit> hits) {
        ArrayNode array = mapper().createArrayNode();
        for (ScreeningHit hit : hits) {
            ObjectNode json = array.addObject();
            json.put("party", hit.party().name());
            json.put("partyName", hit.partyName());
            json.put("listedName", hit.listedName());
            json.put("matchedAlias", hit.matchedAlias());
            json.put("source", hit.source());
            json.put("listName", hit.listName());
            json.put("programs", hit.programs());
            json.put("score", hit.score());
            json.put("screenedAt", hit.screenedAt().toString());
            json.put("entryKey", hit.entryKey());
            if (hit.isDisposed()) {
                ObjectNode disposition = json.putObject("disposition");
                disposition.put("verdict", hit.disposition().verdict().name());
                disposition.put("note", hit.disposition().note());
                disposition.put("by", hit.disposition().by());
                disposition.put("at", hit.disposition().at().toString());
            } else {
                json.putNull("disposition");
            }
        }
        return array;
    }

    /** The Related tab: the newest earlier applications of the same applicant or end user, and whether more exist. */
    ObjectNode related(RelatedApplications related) {
        ObjectNode json = mapper().createObjectNode();
        json.put("more", related.more());
        ArrayNode applications = json.putArray("newestFirst");
        for (RelatedApplication application : related.newestFirst()) {
            ObjectNode row = applications.addObject();
            row.put("reference", application.reference());
            row.put("relation", application.relation().name());
            row.put("receivedOn", application.receivedOn().toString());
            row.put("status", application.status().name());
            if (application.decidedAt() == null) {
                row.putNull("decidedAt");
            } else {
                row.put("decidedAt", application.decidedAt().toString());
            }
            row.put("elements", application.elements());
            ArrayNode codes = row.putArray("controlCodes");
            application.controlCodes().forEach(codes::add);
            row.put("totalKg", application.totalKg().toPlainString());
        }
        return json;
    }

    /**
     * The queue's denial flag: set when the applicant had another application denied since {@code since} (three years
     * before today), with those applications.
     */
    ObjectNode denialFlag(Instant since, List<String> otherDenials) {
        ObjectNode json = mapper().createObjectNode();
        json.put("applicantDeniedRecently", !otherDenials.isEmpty());
        json.put("since", since.toString());
        ArrayNode references = json.putArray("otherDenials");
        otherDenials.forEach(references::add);
        return json;
    }

    /**
     * issue 13: {@code countersign} says which countersignature a pending application awaits ({@code stage} FIRST or
     * SECOND) and who signed: the recommender, and the first countersigner and their decision when a rule requires
     * two (kept once decided; the trail's decision entry names the second). Absent when neither applies.
     */
    static void countersign(ObjectNode json, WorkflowState state) {
        boolean pending = state.status() == ApplicationStatus.PENDING_COUNTERSIGN;
        if (!pending && state.firstCountersign() == null) {
            return;
        }
        ObjectNode countersign = json.putObject("countersign");
        countersign.put("stage", pending ? state.countersignStage().name() : null);
        countersign.put("recommendedBy", state.recommendedBy());
        countersign.put("recommendation", state.recommendation() == null ? null : state.recommendation().name());
        if (state.firstCountersign() != null) {
            countersign.put("firstCountersignedBy", state.firstCountersign().by());
            countersign.put("firstDecision", state.firstCountersign().decision().name());
        }
    }

    /** The application's fields as stored, plus what a reader wants computed: totals and deadline. */
    ObjectNode toJson(ApplicationDetails details) {
        LicenceApplication application = details.application();
        ObjectNode json = mapper().valueToTree(application);
        json.put("elements", application.elements());
        json.put("totalKg", application.totalKg().toPlainString());
        json.put("totalValueUsd", application.totalValueUsd().toPlainString());
        json.put("endUserCertificatePresent", application.hasEndUserCertificate());
        ObjectNode deadline = json.putObject("deadline");
        deadline.put("date", details.deadline().date().toString());
        deadline.put("workingDaysLeft", details.deadline().workingDaysLeft());
        deadline.put("provisional", details.deadline().provisional());
        return json;
    }
}
