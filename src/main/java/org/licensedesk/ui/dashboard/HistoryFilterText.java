package org.licensedesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;

/** A history filter in words, such as "2026-01-01 to 2026-01-31 · actions: Approved · element: Dy". */
public final class HistoryFilterText {
    private final Messages messages;
    private final DomainText text;

    public HistoryFilterText(Messages messages) {
        this.messages = messages;
        this.text = new DomainText(messages);
    }

    public String describe(HistoryFilter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.references().isEmpty()) {
            parts.add(messages.format("dashboard.filter.references", filter.references().size()));
        }
        if (filter.from() != null && filter.to() != null) {
            parts.add(messages.format("dashboard.filter.days", filter.from().toString(), filter.to().toString()));
        }
        if (!filter.actions().isEmpty()) {
            parts.add(messages.format("dashboard.filter.actions", filter.actions().stream().sorted()
                    .map(text::action).collect(Collectors.joining(", "))));
        }
        if (filter.outcome() != null) {
            parts.add(messages.format("dashboard.filter.outcome", text.status(filter.outcome())));
        }
        if (filter.elementSymbol() != null) {
            parts.add(messages.format("dashboard.filter.element", filter.elementSymbol()));
        }
        if (filter.endUserCountry() != null) {
            parts.add(messages.format("dashboard.filter.country", text.country(filter.endUserCountry())));
        }
        return String.join(" · ", parts);
    }
}
