package org.licensedesk.ui.queue;

import org.licensedesk.queue.QueueIndex;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.licensedesk.queue.Inbox;
import javafx.beans.property.BooleanProperty;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The reviewers' queue: loads the applications of the chosen statuses in the background, then filters and
 * sorts the loaded rows itself (a sorted, filtered list bound to the table is far too slow at 100,000
 * rows) and keeps the selected application selected, by reference, across filtering and reloading. With the rows it
 * loads which of them have an applicant denied in the last 3 years, for the filter that keeps only those.
 */
public final class QueueViewModel {
    private final InboxSource source;
    private final DenialSource denials;
    private final Supplier<Set<String>> screeningFlags;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<StatusChoice> statusChoice =
            new SimpleObjectProperty<>(this, "statusChoice", StatusChoice.allOpen());
    private final BooleanProperty applicantDeniedOnly = new SimpleBooleanProperty(this, "applicantDeniedOnly");
    private final ReadOnlyObjectWrapper<List<QueueRow>> visibleRows =
            new ReadOnlyObjectWrapper<>(this, "visibleRows", List.of());
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyStringWrapper selectedReference = new ReadOnlyStringWrapper(this, "selectedReference");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Set<String>> flaggedReferences =
            new ReadOnlyObjectWrapper<>(this, "flaggedReferences", Set.of());
    private final ObjectProperty<Inbox> inbox = new SimpleObjectProperty<>(this, "inbox", Inbox.ALL_OPEN);
    private final ReadOnlyObjectWrapper<Map<Inbox, Long>> inboxCounts =
            new ReadOnlyObjectWrapper<>(this, "inboxCounts", Map.of());
    // Said once when a reload took the selected application out of the view and selected the next one.
    private final ReadOnlyStringWrapper movedOn = new ReadOnlyStringWrapper(this, "movedOn");

    private QueueIndex index = QueueIndex.EMPTY;
    private Set<String> applicantDenied = Set.of();
    // Asked for by open() but not loaded yet; selected by the load that brings it.
    private String pendingReference;
    private List<SortKey> sortKeys = List.of();
    private Comparator<QueueRow> order;
    // Only the newest load may fill the queue: an older one can finish later.
    private long loadGeneration;
    private Inbox loadedInbox;
    private Set<ApplicationStatus> loadedStatuses;

    public QueueViewModel(QueueSource source, DenialSource denials, TaskExecutor executor, DialogService dialogs,
            Messages messages) {
        this(InboxSource.statusesOnly(source), denials, Set::of, executor, dialogs, messages);
    }

    public QueueViewModel(QueueSource source, DenialSource denials, Supplier<Set<String>> screeningFlags,
            TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(InboxSource.statusesOnly(source), denials, screeningFlags, executor, dialogs, messages);
    }

    /**
     * @param denials        the references whose applicant had another application denied recently, for the filter
     * @param screeningFlags the references with screening hits to look at (without a disposition, or a true
     *                       match), loaded with the rows so the flags and rows agree
     */
    public QueueViewModel(InboxSource source, DenialSource denials, Supplier<Set<String>> screeningFlags,
            TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.source = source;
        this.denials = denials;
        this.screeningFlags = screeningFlags;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filterText.addListener((observable, before, after) -> refilter(false));
        statusChoice.addListener((observable, before, after) -> reload());
        inbox.addListener((observable, before, after) -> reload());
        applicantDeniedOnly.addListener((observable, before, after) -> refilter(false));
    }

    /**
     * What one load brings: the rows, which of them have an applicant with a recent denial, and which have screening
     * hits to look at.
     */
    private record Loaded(QueueIndex index, Set<String> applicantDenied, Set<String> flagged,
            Map<Inbox, Long> counts) {
    }

    /**
     * Loads the queue again for the chosen inbox and statuses, with every inbox's count; the current filter, sort and
     * selection stay (a selected application that left the view gives its place to the next one, and says so).
     */
    public void reload() {
        long generation = ++loadGeneration;
        Set<ApplicationStatus> statuses = statusChoice.get().statuses();
        Inbox chosen = inbox.get();
        // Only a reload of the same view can take the selected application out of it (an action moved it).
        boolean sameView = chosen == loadedInbox && statuses.equals(loadedStatuses);
        loading.set(true);
        BackgroundTask.wrap(() -> new Loaded(QueueIndex.build(source.queue(chosen, statuses), source::assigneeName),
                        Set.copyOf(denials.applicantDeniedRecently(statuses)), Set.copyOf(screeningFlags.get()),
                        Map.copyOf(source.counts(statuses))))
                .withTitle(messages.get("queue.loading"))
                .onSuccess(loaded -> {
                    if (generation == loadGeneration) {
                        loading.set(false);
                        index = loaded.index();
                        applicantDenied = loaded.applicantDenied();
                        flaggedReferences.set(loaded.flagged());
                        inboxCounts.set(loaded.counts());
                        loadedInbox = chosen;
                        loadedStatuses = statuses;
                        refilter(sameView);
                    }
                })
                .onFailure(failure -> {
                    if (generation == loadGeneration) {
                        loading.set(false);
                        dialogs.showError(messages.get("queue.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("queue.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    /** The table's sort order changed; an empty list restores the service's order (oldest first). */
    public void sortBy(List<SortKey> keys) {
        if (keys.equals(sortKeys)) {
            return;
        }
        sortKeys = List.copyOf(keys);
        order = SortKey.combined(sortKeys);
        refilter(false);
    }

    /** The user selected a row; null when the selection was cleared. */
    public void select(String reference) {
        selectedReference.set(reference);
    }

    /**
     * Shows one application in the queue, wherever it came from (a related application, a history row): clears the
     * filters (text and denied applicants) and, when the inbox and chosen statuses do not include it, widens them to
     * all open applications of all statuses; the row is selected as soon as it is loaded.
     */
    public void open(String reference) {
        pendingReference = reference;
        filterText.set("");
        applicantDeniedOnly.set(false);
        if (contains(index.select("", order), reference)) {
            pendingReference = null;
            selectedReference.set(reference);
        } else if (statusChoice.get().kind() == StatusChoice.Kind.ALL && inbox.get() == Inbox.ALL_OPEN) {
            reload();
        } else {
            long before = loadGeneration;
            inbox.set(Inbox.ALL_OPEN);
            statusChoice.set(StatusChoice.all());
            if (loadGeneration == before) {
                reload();
            }
        }
    }

    /** Ctrl+1 to Ctrl+5: shows that inbox (within the chosen statuses). */
    public void showInbox(Inbox chosen) {
        inbox.set(chosen);
    }

    public List<StatusChoice> statusChoices() {
        return StatusChoice.choices();
    }

    /** @param afterLoad the same view was read again (an action may have moved the selected one out of it) */
    private void refilter(boolean afterLoad) {
        List<QueueRow> rows = index.select(filterText.get(), order);
        if (applicantDeniedOnly.get()) {
            rows.removeIf(row -> !applicantDenied.contains(row.reference()));
        }
        List<QueueRow> before = visibleRows.get();
        totalCount.set(index.size());
        shownCount.set(rows.size());
        visibleRows.set(List.copyOf(rows));
        String selected = selectedReference.get();
        if (pendingReference != null && contains(rows, pendingReference)) {
            selectedReference.set(pendingReference);
            pendingReference = null;
        } else if (!contains(rows, selected)) {
            String next = nextAfter(before, selected, rows);
            selectedReference.set(next);
            if (afterLoad && selected != null && pendingReference == null) {
                movedOn.set(null);
                movedOn.set(next == null ? messages.format("queue.movedOn.empty", selected)
                        : messages.format("queue.movedOn", selected, next));
            }
        }
    }

    /**
     * The row to select when {@code left} is no longer shown: the first row after it in the previous rows that is
     * still shown, else the last shown row before it, else the first row.
     */
    private static String nextAfter(List<QueueRow> before, String left, List<QueueRow> now) {
        if (now.isEmpty()) {
            return null;
        }
        int at = -1;
        for (int i = 0; left != null && i < before.size(); i++) {
            if (left.equals(before.get(i).reference())) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            now.forEach(row -> shown.add(row.reference()));
            for (int i = at + 1; i < before.size(); i++) {
                if (shown.contains(before.get(i).reference())) {
                    return before.get(i).reference();
                }
            }
            for (int i = at - 1; i >= 0; i--) {
                if (shown.contains(before.get(i).reference())) {
                    return before.get(i).reference();
                }
            }
        }
        return now.get(0).reference();
    }

    private static boolean contains(List<QueueRow> rows, String reference) {
        if (reference == null) {
            return false;
        }
        for (QueueRow row : rows) {
            if (reference.equals(row.reference())) {
                return true;
            }
        }
        return false;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusChoice> statusChoiceProperty() {
        return statusChoice;
    }

    /** The inbox shown (My cases, Unassigned, To countersign, Past deadline, All open); All open at first. */
    public ObjectProperty<Inbox> inboxProperty() {
        return inbox;
    }

    /** Each inbox's count within the chosen statuses, counted by the database with every load. */
    public ReadOnlyObjectProperty<Map<Inbox, Long>> inboxCountsProperty() {
        return inboxCounts.getReadOnlyProperty();
    }

    /**
     * "EXP-… left this view · EXP-… is selected": set when a reload (after an action) took the selected application out
     * of the inbox and selected the next one; set anew each time.
     */
    public ReadOnlyStringProperty movedOnProperty() {
        return movedOn.getReadOnlyProperty();
    }

    /** Keep only applications whose applicant had another application denied in the last 3 years. */
    public BooleanProperty applicantDeniedOnlyProperty() {
        return applicantDeniedOnly;
    }

    /** The rows the table shows, filtered and sorted; replaced as a whole on every change. */
    public ReadOnlyObjectProperty<List<QueueRow>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    public List<QueueRow> visibleRows() {
        return visibleRows.get();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedReferenceProperty() {
        return selectedReference.getReadOnlyProperty();
    }

    public String selectedReference() {
        return selectedReference.get();
    }

    /** References whose screening hits need a look: a hit without a disposition, or a true match. */
    public ReadOnlyObjectProperty<Set<String>> flaggedReferencesProperty() {
        return flaggedReferences.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
