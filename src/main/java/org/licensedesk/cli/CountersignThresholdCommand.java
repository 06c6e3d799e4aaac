package org.licensedesk.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.CountersignRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code countersign-threshold [AMOUNT]}: prints the value above which a decision needs a second countersignature, or
 * sets it (supervisors, audited). Issue 13.
 */
@Command(name = "countersign-threshold", description = {
        "Print the value above which a decision needs a second countersignature, or set it (supervisors).",
        "US dollars, the items' total; audited as COUNTERSIGN_THRESHOLD_CHANGED."})
public final class CountersignThresholdCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "AMOUNT", arity = "0..1", description = "The new threshold in US dollars, such as 500000 "
            + "or 250000.50 (commas between thousands are allowed).")
    String amount;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public CountersignThresholdCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    CountersignThresholdCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        BigDecimal threshold = amount == null ? null : parse(amount);
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            if (threshold == null) {
                out.println("second countersignature above " + CountersignRules.usd(
                        backend.countersignThresholds().current()));
                return;
            }
            User user = signIn.signIn(backend.accounts());
            BigDecimal before = backend.countersignThresholds().change(threshold, user);
            out.println("second countersignature threshold changed from " + CountersignRules.usd(before) + " to "
                    + CountersignRules.usd(threshold.stripTrailingZeros()));
        }
    }

    /** Read before the database is opened, so a typing mistake costs no sign-in and writes nothing. */
    private BigDecimal parse(String text) {
        return CountersignRules.parseUsd(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "The threshold must be an amount of US dollars such as 500000 or 250000.50; \"" + text + "\" is not."));
    }
}
