package org.licensedesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code appeal receive|review|decide REF ...}: an appeal against a denial, step by step, through the appeal
 * service's rules.
 */
@Command(name = "appeal", description = {"Record an appeal against a denial: receive, review, decide.",
        "receive REF --received DATE --note TEXT (within the appeal period after the denial); review REF "
                + "--outcome UPHELD|GRANTED --note TEXT (a reviewer who took no part in the denial); decide REF "
                + "--outcome UPHELD|GRANTED --note TEXT (a supervisor who took no part in it). GRANTED sends the "
                + "application back to UNDER_REVIEW, assigned to the appeal's reviewer; GRANTED with "
                + "--licence-type TYPE --validity-months N [--condition TEXT]... [--rider TEXT]... issues the licence "
                + "itself (APPROVED), when the review recommended GRANTED."})
public final class AppealCommand extends DeskCommand {
    /** The appeal's steps as typed. */
    enum Step { receive, review, decide }

    private final BackendOpener opener;

    @Parameters(index = "0", paramLabel = "STEP", description = "receive, review or decide.")
    Step step;

    @Parameters(index = "1", paramLabel = "REF", description = "The denied application's reference.")
    String reference;

    @Option(names = "--received", paramLabel = "DATE", description = "receive: the day the appeal arrived "
            + "(YYYY-MM-DD; default today).")
    LocalDate received;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "review, decide: UPHELD or GRANTED.")
    AppealOutcome outcome;

    @Option(names = "--licence-type", paramLabel = "TYPE", description = "decide GRANTED: issue a licence of this "
            + "type (SINGLE or GENERAL) instead of sending the application back.")
    LicenceType licenceType;

    @Option(names = "--validity-months", paramLabel = "N", description = "With --licence-type: how long the licence "
            + "is valid, from today (SINGLE up to 12, GENERAL up to 36).")
    Integer validityMonths;

    @Option(names = "--condition", paramLabel = "TEXT", description = "With --licence-type: a condition binding the "
            + "holder; repeat for more.")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--rider", paramLabel = "TEXT", description = "With --licence-type: a rider that informs the "
            + "holder; repeat for more.")
    List<String> riders = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why; it goes into the audit trail.")
    String note;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public AppealCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    AppealCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (step != Step.receive && outcome == null) {
            throw new UsageException(step + " needs --outcome UPHELD or GRANTED");
        }
        if (step == Step.receive && outcome != null) {
            throw new UsageException("receive takes no --outcome; the appeal is reviewed and decided later");
        }
        ApprovalTerms licence = licence();
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            Appeal appeal = switch (step) {
                case receive -> backend.appeals().receive(user, reference,
                        received != null ? received : backend.licences().today(), note);
                case review -> backend.appeals().review(user, reference, outcome, note);
                case decide -> backend.appeals().decide(user, reference, outcome, licence, note);
            };
            out.println("appeal on " + reference + ": " + appeal.status()
                    + (appeal.recommendation() == null ? "" : ", reviewed by " + appeal.reviewer() + " ("
                    + appeal.recommendation() + ")")
                    + (appeal.decidedBy() == null ? "" : ", decided by " + appeal.decidedBy()));
            if (licence != null) {
                WorkflowState state = backend.workflow().state(reference);
                out.println("licence " + state.licenceNumber() + " issued on " + reference + ", valid "
                        + state.licenceValidFrom() + " to " + state.licenceValidUntil());
            }
        }
    }

    /** The licence terms given with decide GRANTED, or null when none are given. */
    private ApprovalTerms licence() {
        boolean termsGiven = validityMonths != null || !conditions.isEmpty() || !riders.isEmpty();
        if (licenceType == null) {
            if (termsGiven) {
                throw new UsageException("--validity-months, --condition and --rider describe a licence issued on "
                        + "appeal; give --licence-type SINGLE or GENERAL too");
            }
            return null;
        }
        if (step != Step.decide || outcome != AppealOutcome.GRANTED) {
            throw new UsageException("--licence-type issues a licence on a granted appeal; use it with decide "
                    + "--outcome GRANTED only");
        }
        if (validityMonths == null) {
            throw new UsageException("--licence-type needs --validity-months N, how long the licence is valid");
        }
        try {
            return new ApprovalTerms(licenceType, validityMonths, conditions, riders);
        } catch (WorkflowRefusedException wrong) {
            throw new UsageException(wrong.getMessage());
        }
    }
}
