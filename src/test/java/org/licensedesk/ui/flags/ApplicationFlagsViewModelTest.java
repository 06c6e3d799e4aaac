package org.licensedesk.ui.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import org.licensedesk.domain.flags.FlagSubject;
import org.licensedesk.flags.FlagRefusedException;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/**
 * The details' risk flags without a toolkit: open ones first; Clear offered only where the rules allow it (a reviewer
 * and the raiser are not offered a supervisor's "not by the raiser" flag); clearing asks for the note, calls the
 * service and reloads; a refusal is shown as the service's sentence; cancelling the note does nothing.
 */
class ApplicationFlagsViewModelTest {
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User RAISER = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User SUPERVISOR = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final FlagRule SUPERVISORS_NOT_RAISER = new FlagRule(5, FlagRuleKind.VALUE_ABOVE, "1000000",
            FlagColour.RED, true, UserRole.SUPERVISOR, true, "Bureau instruction 7: large values", true);
    private static final FlagRule ANYONE = new FlagRule(3, FlagRuleKind.GENERAL_LICENCE, "", FlagColour.AMBER, false,
            UserRole.REVIEWER, false, "Regulations Arts. 15, 16(2), 20", true);
    private static final Instant RAISED = Instant.parse("2026-11-29T02:00:00Z");
    private static final Flag BLOCKING = new Flag(1, "EXP-2026-000123", FlagSubject.APPLICATION,
            SUPERVISORS_NOT_RAISER, RAISED, "zhao.lei", null, null, null);
    private static final Flag CLEARED = new Flag(2, "EXP-2026-000123", FlagSubject.END_USER, ANYONE, RAISED,
            "li.na", RAISED.plusSeconds(60), "wang.fang", "Checked the programme");
    private static final Flag AMBER = new Flag(3, "EXP-2026-000123", FlagSubject.APPLICATION, ANYONE, RAISED,
            "li.na", null, null, null);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> cleared = new ArrayList<>();
    private int afterClear;
    private RuntimeException refusal;

    private final ApplicationFlagsBackend backend = new ApplicationFlagsBackend() {
        @Override
        public List<Flag> flags(String reference) {
            return List.of(CLEARED, BLOCKING, AMBER);
        }

        @Override
        public Flag clear(User by, long flagId, String note) {
            if (refusal != null) {
                throw refusal;
            }
            cleared.add(by.username() + " " + flagId + " " + note);
            return new Flag(flagId, "EXP-2026-000123", FlagSubject.APPLICATION, ANYONE, RAISED, "li.na",
                    RAISED.plusSeconds(120), by.username(), note);
        }
    };

    private ApplicationFlagsViewModel shown(User user, Optional<String> note) {
        ApplicationFlagsViewModel flags = new ApplicationFlagsViewModel(backend, user,
                new CurrentThreadTaskExecutor(), dialogs, messages, flag -> note, () -> afterClear++);
        flags.show("EXP-2026-000123");
        return flags;
    }

    @Test
    void openFlagsComeFirstAndClearIsOfferedOnlyWhereTheRulesAllowIt() {
        ApplicationFlagsViewModel asReviewer = shown(REVIEWER, Optional.empty());
        assertThat(asReviewer.flags()).containsExactly(BLOCKING, AMBER, CLEARED);
        assertThat(asReviewer.openCount()).isEqualTo(2);
        assertThat(asReviewer.mayClear(BLOCKING)).as("a supervisor's flag").isFalse();
        assertThat(asReviewer.mayClear(AMBER)).as("any official's flag").isTrue();
        assertThat(asReviewer.mayClear(CLEARED)).as("already cleared").isFalse();

        assertThat(shown(RAISER, Optional.empty()).mayClear(BLOCKING)).as("not by the raiser").isFalse();
        assertThat(shown(SUPERVISOR, Optional.empty()).mayClear(BLOCKING)).isTrue();
    }

    @Test
    void aSupervisorClearsWithTheNoteAndTheWindowReloads() {
        ApplicationFlagsViewModel flags = shown(SUPERVISOR, Optional.of("Value checked against the contract"));

        flags.clear(BLOCKING);

        assertThat(cleared).containsExactly("zhang.min 1 Value checked against the contract");
        assertThat(afterClear).isEqualTo(1);
        assertThat(flags.confirmationProperty().get()).isEqualTo("Cleared flag 1 on EXP-2026-000123");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFlagNotOfferedOrANoteCancelledClearsNothing() {
        shown(REVIEWER, Optional.of("Value checked against the contract")).clear(BLOCKING);
        shown(SUPERVISOR, Optional.empty()).clear(BLOCKING);

        assertThat(cleared).isEmpty();
        assertThat(afterClear).isZero();
    }

    @Test
    void aRefusalOfTheServiceIsShownAsItsSentence() {
        refusal = new FlagRefusedException("The flag 1 on EXP-2026-000123 was cleared meanwhile; reload the "
                + "application to see by whom.");
        ApplicationFlagsViewModel flags = shown(SUPERVISOR, Optional.of("Value checked against the contract"));

        flags.clear(BLOCKING);

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The flag was not cleared");
            assertThat(error.message()).isEqualTo(refusal.getMessage());
        });
        assertThat(afterClear).isZero();
    }
}
