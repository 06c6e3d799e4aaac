package org.licensedesk.ui.queue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;

/** One entry of the status filter: all open statuses (the default), one status, or everything. */
public record StatusChoice(Kind kind, ApplicationStatus status) {

    public enum Kind { ALL_OPEN, ONE, ALL }

    public StatusChoice {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ONE) != (status != null)) {
            throw new IllegalArgumentException("A status goes with kind ONE only");
        }
    }

    public static StatusChoice allOpen() {
        return new StatusChoice(Kind.ALL_OPEN, null);
    }

    public static StatusChoice all() {
        return new StatusChoice(Kind.ALL, null);
    }

    public static StatusChoice only(ApplicationStatus status) {
        return new StatusChoice(Kind.ONE, Objects.requireNonNull(status, "status"));
    }

    /** The filter's entries in menu order: the default first, then each status, then everything. */
    public static List<StatusChoice> choices() {
        List<StatusChoice> choices = new ArrayList<>();
        choices.add(allOpen());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            choices.add(only(status));
        }
        choices.add(all());
        return List.copyOf(choices);
    }

    public Set<ApplicationStatus> statuses() {
        return switch (kind) {
            case ALL_OPEN -> ApplicationStatus.openStatuses();
            case ONE -> EnumSet.of(status);
            case ALL -> EnumSet.allOf(ApplicationStatus.class);
        };
    }
}
