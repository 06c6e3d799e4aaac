package org.licensedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.json.JsonMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code show REF}: one application with all its parts, status, deadline and screening hits, as JSON on stdout.
 */
@Command(name = "show", description = {"Print one application as JSON.",
        "All its parts, status, deadline date, working days left and screening hits."})
public final class ShowCommand extends DeskCommand {
    private final BackendOpener opener;
    private final ObjectMapper mapper = JsonMapper.create();

    @Parameters(paramLabel = "REF", description = "The application's reference, such as EXP-2026-000123.")
    String reference;

    @Mixin
    DatabaseOption database;

    public ShowCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            ApplicationDetails details = backend.queue().details(reference).orElseThrow(() -> new CommandFailure(
                    "no application " + reference + " in " + backend.databaseLocation()));
            ObjectNode json = toJson(details);
            json.set("screeningHits", screeningHits(backend.screening().hits(reference)));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new CommandFailure("could not write JSON: " + e.getOriginalMessage());
        }
    }

    /** The stored screening hits: party, listed name, list and programs, score, matched alias, disposition. */
    ArrayNode screeningHits(List<ScreeningHit> hits) {
        ArrayNode array = mapper.createArrayNode();
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

    /** The application's fields as stored, plus what a reader wants computed: totals and deadline. */
    ObjectNode toJson(ApplicationDetails details) {
        LicenceApplication application = details.application();
        ObjectNode json = mapper.valueToTree(application);
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
