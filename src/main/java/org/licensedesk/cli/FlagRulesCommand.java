package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flag-rules list|add|change|remove}: the risk-flag rules (issue 13). Listing needs no sign-in; adding, changing
 * and removing are a supervisor's, each audited ({@code FLAG_RULE_CHANGED}) and applied at once to open applications.
 */
@Command(name = "flag-rules", description = {"List the risk-flag rules, or add, change or remove one (supervisors).",
        "list; add --kind K [--parameter P] --flag-colour C --clearer ROLE [--blocking true] [--not-by-raiser true] "
                + "--reason TEXT; change ID [the same options; those left out keep their value]; remove ID. Kinds: "
                + "${COMPLETION-CANDIDATES}. Parameters: CONTROL_CODE a code (1C905 covers its sub-items), DESTINATION "
                + "a country (JP), LIST_HIT MOFCOM_CONTROL, MOFCOM_WATCH or US, QUANTITY_ABOVE kilograms, VALUE_ABOVE "
                + "US dollars, GENERAL_LICENCE none. A blocking flag stops the approval until cleared."})
public final class FlagRulesCommand extends DeskCommand {
    /** The steps as typed. */
    enum Step { list, add, change, remove }

    private final BackendOpener opener;

    @Parameters(index = "0", paramLabel = "STEP", description = "list, add, change or remove.")
    Step step;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "change, remove: the rule's number.")
    Long id;

    @Option(names = "--kind", paramLabel = "KIND", description = "add: what the rule looks at.")
    FlagRuleKind kind;

    @Option(names = "--parameter", paramLabel = "P", description = "The code, country, list or threshold.")
    String parameter;

    @Option(names = "--flag-colour", paramLabel = "COLOUR", description = "RED, AMBER or BLUE.")
    FlagColour colour;

    @Option(names = "--blocking", arity = "1", paramLabel = "true|false",
            description = "Whether the flag stops the approval until cleared (add: default false).")
    Boolean blocking;

    @Option(names = "--clearer", paramLabel = "ROLE",
            description = "Who may clear its flags: SUPERVISOR, or REVIEWER for any official.")
    UserRole clearer;

    @Option(names = "--not-by-raiser", arity = "1", paramLabel = "true|false",
            description = "Never the official whose action raised the flag (add: default false).")
    Boolean notByRaiser;

    @Option(names = "--reason", paramLabel = "TEXT", description = "The article or the bureau's reason; flags show it.")
    String reason;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public FlagRulesCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    FlagRulesCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        check();
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            switch (step) {
                case list -> {
                    List<FlagRule> rules = backend.flags().rules();
                    rules.forEach(rule -> out.println(line(rule)));
                    if (rules.isEmpty()) {
                        out.println("no flag rules");
                    }
                }
                case add -> {
                    User user = signIn.signIn(backend.accounts());
                    FlagRule added = backend.flags().addRule(user, FlagRule.draft(kind, parameter, colour,
                            Boolean.TRUE.equals(blocking), clearer, Boolean.TRUE.equals(notByRaiser), reason));
                    out.println("added " + line(added));
                }
                case change -> {
                    User user = signIn.signIn(backend.accounts());
                    FlagRule old = backend.flags().rules().stream().filter(rule -> rule.id() == id).findFirst()
                            .orElseThrow(() -> new CommandFailure("There is no flag rule " + id
                                    + "; flag-rules list shows their numbers."));
                    FlagRule changed = backend.flags().changeRule(user, new FlagRule(id, old.kind(),
                            parameter != null ? parameter : old.parameter(), colour != null ? colour : old.colour(),
                            blocking != null ? blocking : old.blocking(), clearer != null ? clearer : old.clearer(),
                            notByRaiser != null ? notByRaiser : old.notByRaiser(),
                            reason != null ? reason : old.reason(), true));
                    out.println("changed " + line(changed));
                }
                case remove -> {
                    User user = signIn.signIn(backend.accounts());
                    out.println("removed " + line(backend.flags().removeRule(user, id)));
                }
            }
        }
    }

    private void check() {
        if ((step == Step.change || step == Step.remove) && id == null) {
            throw new UsageException(step + " needs the rule's number (flag-rules list shows them)");
        }
        if ((step == Step.list || step == Step.add) && id != null) {
            throw new UsageException(step + " takes no rule number");
        }
        if (step == Step.add) {
            if (kind == null || colour == null || clearer == null || reason == null) {
                throw new UsageException("add needs --kind, --flag-colour, --clearer and --reason");
            }
        }
        if (step == Step.change && kind != null) {
            throw new UsageException("a rule's kind cannot change; remove it and add another");
        }
        if ((step == Step.list || step == Step.remove) && (kind != null || parameter != null || colour != null
                || blocking != null || clearer != null || notByRaiser != null || reason != null)) {
            throw new UsageException(step + " takes no rule options");
        }
    }

    /** "4  DESTINATION JP  amber  not blocking  cleared by any official  MOFCOM Announcement 2026 No. 1: ...". */
    static String line(FlagRule rule) {
        return rule.id() + "  " + rule.kind() + (rule.parameter().isEmpty() ? "" : " " + rule.parameter()) + "  "
                + rule.colour().name().toLowerCase(Locale.ROOT) + "  " + (rule.blocking() ? "blocking" : "not blocking")
                + "  cleared by " + rule.clearerText("the raiser") + "  " + rule.reason();
    }
}
