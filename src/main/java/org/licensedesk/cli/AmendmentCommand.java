package org.licensedesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amendment receive|recommend|decide|link ...}: amendments of a licence (Art. 18(3)) step by step. */
@Command(name = "amendment", description = {"Amend a licence (Art. 18(3)), or link the new application a key "
        + "change needs (Art. 18(2)).",
        "receive NUMBER --field F --value TEXT [--received DATE] --note TEXT; recommend ID --approve|--refuse --note "
                + "TEXT (a reviewer); decide ID --approve|--refuse --note TEXT (a supervisor other than the "
                + "recommender); link NUMBER --field F --application REF --note TEXT. Fields: ${COMPLETION-CANDIDATES}"
                + " (ITEM, QUANTITY_UP, END_USER, END_USE and CONSIGNEE are key elements: link, never amend)."})
public final class AmendmentCommand extends DeskCommand {
    /** The steps as typed. */
    enum Step { receive, recommend, decide, link }

    private final BackendOpener opener;

    @Parameters(index = "0", paramLabel = "STEP", description = "receive, recommend, decide or link.")
    Step step;

    @Parameters(index = "1", paramLabel = "NUMBER|ID", description = "The licence number (receive, link) or the "
            + "amendment's id (recommend, decide).")
    String target;

    @Option(names = "--field", paramLabel = "FIELD", description = "What changes.")
    AmendmentField field;

    @Option(names = "--value", paramLabel = "TEXT", description = "receive: the new value.")
    String value;

    @Option(names = "--received", paramLabel = "DATE", description = "receive: the day it arrived (default today).")
    LocalDate received;

    @Option(names = "--approve", description = "recommend, decide: approve the amendment.")
    boolean approve;

    @Option(names = "--refuse", description = "recommend, decide: refuse the amendment.")
    boolean refuse;

    @Option(names = "--application", paramLabel = "REF", description = "link: the new application.")
    String application;

    @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why; it goes into the audit trail.")
    String note;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public AmendmentCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    AmendmentCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        check();
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            switch (step) {
                case receive -> print(out, backend.amendments().receive(user, target, field, value,
                        received != null ? received : backend.licences().today(), note));
                case recommend -> print(out, backend.amendments().recommend(user, id(), approve, note));
                case decide -> print(out, backend.amendments().decide(user, id(), approve, note));
                case link -> {
                    backend.amendments().linkNewApplication(user, target, field, application, note);
                    out.println("linked " + application + " to licence " + target + " (" + field + ")");
                }
            }
        }
    }

    private void check() {
        if ((step == Step.receive || step == Step.link) && field == null) {
            throw new UsageException(step + " needs --field");
        }
        if (step == Step.receive && value == null) {
            throw new UsageException("receive needs --value, the new value");
        }
        if (step == Step.link && application == null) {
            throw new UsageException("link needs --application REF, the new application");
        }
        if ((step == Step.recommend || step == Step.decide) && approve == refuse) {
            throw new UsageException(step + " needs one of --approve and --refuse");
        }
    }

    private long id() {
        try {
            return Long.parseLong(target);
        } catch (NumberFormatException e) {
            throw new UsageException("the amendment's id is a number, not \"" + target + "\"");
        }
    }

    private static void print(PrintWriter out, Amendment amendment) {
        out.println("amendment " + amendment.id() + " of licence " + amendment.licenceNumber() + " ("
                + amendment.field() + ": \"" + amendment.oldValue() + "\" -> \"" + amendment.newValue() + "\"): "
                + amendment.status() + (amendment.recommendation() == null ? "" : ", recommended "
                + amendment.recommendation() + " by " + amendment.recommendedBy()) + "; due " + amendment.dueOn());
    }
}
