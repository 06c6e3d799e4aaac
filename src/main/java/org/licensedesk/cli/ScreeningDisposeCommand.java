package org.licensedesk.cli;

import java.io.PrintWriter;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code screening-dispose REF --party ROLE [--party-name NAME] --entry KEY --verdict VERDICT --note TEXT}: the
 * assignee's verdict on one screening hit, as the Screening tab records it (issue 13). A verdict is one party's:
 * when several parties of the role hit the entry, {@code --party-name} says whose, and without it the service refuses
 * naming them.
 */
@Command(name = "screening-dispose", description = {
        "Record the assignee's verdict on one screening hit: TRUE_MATCH or FALSE_POSITIVE, with a note.",
        "The hit is the party (role, and its name as screened when several of that role hit the entry) against the "
                + "listed entry; show REF lists each hit's party, partyName and entryKey. Audited as "
                + "SCREENING_DISPOSITION."})
public final class ScreeningDisposeCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "REF", description = "The application's reference.")
    String reference;

    @Option(names = "--party", required = true, paramLabel = "ROLE",
            description = "The party's role: APPLICANT, CONSIGNEE or END_USER.")
    ScreenedParty party;

    @Option(names = "--party-name", paramLabel = "NAME", description = "The party's name as screened (show's "
            + "partyName); needed when several parties of the role hit the entry, as a general licence's further "
            + "consignees or end users can.")
    String partyName;

    @Option(names = "--entry", required = true, paramLabel = "KEY", description = "The listed entry's key (show's "
            + "entryKey), such as CSL|18300.")
    String entryKey;

    @Option(names = "--verdict", required = true, paramLabel = "VERDICT", description = "TRUE_MATCH or FALSE_POSITIVE.")
    ScreeningDisposition verdict;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why the party is or is not the "
            + "listed one; goes into the audit trail.")
    String note;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public ScreeningDisposeCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    ScreeningDisposeCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            ScreeningHit hit = backend.dispositions().dispose(user, reference, party,
                    partyName == null || partyName.isBlank() ? null : partyName.strip(), entryKey, verdict, note);
            out.println(reference + ": " + verdict.name() + " recorded for " + role(hit.party()) + " "
                    + hit.partyName() + " against " + hit.listedName() + " (" + hit.listName() + ")");
        }
    }

    private static String role(ScreenedParty party) {
        return switch (party) {
            case APPLICANT -> "the applicant";
            case CONSIGNEE -> "the consignee";
            case END_USER -> "the end user";
        };
    }
}
