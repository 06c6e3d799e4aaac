package org.licensedesk.ui.flags;

import java.util.ArrayList;
import java.util.List;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.FlagMark;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagSubject;
import org.licensedesk.ui.Messages;

/** A flag's colour, subject and clearer in the window's language, for the queue, the details and the rules window. */
public final class FlagTexts {
    private FlagTexts() {
    }

    public static String colour(Messages messages, FlagColour colour) {
        return messages.get(switch (colour) {
            case RED -> "flagRules.colour.RED";
            case AMBER -> "flagRules.colour.AMBER";
            case BLUE -> "flagRules.colour.BLUE";
        });
    }

    /** "on the end user" and the like. */
    public static String subject(Messages messages, FlagSubject subject) {
        return messages.get(switch (subject) {
            case APPLICATION -> "flags.subject.APPLICATION";
            case APPLICANT -> "flags.subject.APPLICANT";
            case CONSIGNEE -> "flags.subject.CONSIGNEE";
            case END_USER -> "flags.subject.END_USER";
        });
    }

    public static String clearer(Messages messages, UserRole clearer) {
        return messages.get(clearer == UserRole.SUPERVISOR ? "flagRules.clearer.SUPERVISOR"
                : "flagRules.clearer.REVIEWER");
    }

    /** "A supervisor, not the raiser" and the like. */
    public static String clearer(Messages messages, FlagRule rule) {
        String who = clearer(messages, rule.clearer());
        return rule.notByRaiser() ? messages.format("flagRules.clearer.notRaiser", who) : who;
    }

    /**
     * The queue's tooltip of an application's open flags: "Blocks the approval until cleared" when one does, then a
     * line per open flag (colour, subject, reason).
     */
    public static String describe(Messages messages, FlagMark mark) {
        List<String> lines = new ArrayList<>();
        if (mark.blocking()) {
            lines.add(messages.get("queue.flags.blocking"));
        }
        for (FlagMark.OpenFlag open : mark.open()) {
            lines.add(messages.format(open.blocks() ? "queue.flags.lineBlocking" : "queue.flags.line",
                    colour(messages, open.colour()), subject(messages, open.subject()), open.reason()));
        }
        return String.join("\n", lines);
    }
}
