package org.licensedesk.ui.queue;

import org.licensedesk.queue.QueueIndex;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.licensedesk.queue.Inbox;
import javafx.beans.property.BooleanProperty;
import java.util.function.Consumer;
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
 * The reviewers' queue. An inbox of up to {@link #DEFAULT_PAGED_ABOVE} rows is loaded whole in the background and
 * filtered and sorted here (a sorted, filtered list bound to the table is far too slow at 100,000 rows), with which of
 * its rows have an applicant denied in the last 3 years. A longer one is <em>paged</em>: the rows are a
 * {@link PagedRows} that holds a few pages read from the database as the table scrolls, the text filter is a database
 * query ("searching" while it runs), the order stays the database's (received, then reference) and the denial filter
 * is off, so the window's memory does not grow with the number of open applications. Either way the selected
 * application stays selected, by reference, across filtering and reloading.
 *
 * <p>Whether an inbox is paged is asked of the database without counting it ({@link InboxSource#countUpTo}, at most
 * {@code pagedAbove + 1} index entries). A paged load that has no application to find (none asked for, none
 * selected: the launch, an inbox chosen with nothing selected) shows the first page at once and counts the inbox
 * after it ({@link #rowCountProperty()} says so meanwhile); the list then grows once to the count. A load that must
 * find an application ({@code QueuePager.position}) counts first, as does a source that cannot tell cheaply
 * ({@code countUpTo} null) and a search of a paged queue. Issue 11: at 1,000,000 applications the first paint waited
 * 1-2 s for "All open"'s count of 346,341 rows.
 */
public final class QueueViewModel {
    private final InboxSource source;
    private final DenialSource denials;
    private final Supplier<Set<String>> screeningFlags;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final long pagedAbove;
    private final int pageSize;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<StatusChoice> statusChoice =
            new SimpleObjectProperty<>(this, "statusChoice", StatusChoice.allOpen());
    private final BooleanProperty applicantDeniedOnly = new SimpleBooleanProperty(this, "applicantDeniedOnly");
    private final ObjectProperty<FlagFilter> flagFilter = new SimpleObjectProperty<>(this, "flagFilter",
            FlagFilter.ALL);
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
    private final ReadOnlyBooleanWrapper paged = new ReadOnlyBooleanWrapper(this, "paged");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    // The inboxes' counts are being read again (after the load that shows the rows).
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyObjectWrapper<RowCount> rowCount =
            new ReadOnlyObjectWrapper<>(this, "rowCount", RowCount.COUNTED);
    private Consumer<Runnable> countStart = Runnable::run;
    // Each load that counts again takes the next; a count whose load is no longer the newest is dropped.
    private long countGeneration;
    // The rows of a paged queue; null while the whole inbox is held.
    private PagedRows pages;

    private QueueIndex index = QueueIndex.EMPTY;
    private Set<String> applicantDenied = Set.of();
    // Asked for by open() but not loaded yet; selected by the load that brings it.
    private String pendingReference;
    private List<SortKey> sortKeys = List.of();
    private Comparator<QueueRow> order;
    // Only the newest load may fill the queue: an older one can finish later. Written on the FX thread; a load's
    // background work reads it to skip the database when a newer load (the next keystroke) has overtaken it.
    private volatile long loadGeneration;
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
        this(source, denials, screeningFlags, executor, dialogs, messages, DEFAULT_PAGED_ABOVE, PagedRows.PAGE_SIZE);
    }

    /**
     * @param pagedAbove an inbox with more rows than this is paged from the database rather than held whole
     * @param pageSize   rows a page of a paged inbox ({@value PagedRows#PAGES_HELD} pages are held at most)
     */
    public QueueViewModel(InboxSource source, DenialSource denials, Supplier<Set<String>> screeningFlags,
            TaskExecutor executor, DialogService dialogs, Messages messages, long pagedAbove, int pageSize) {
        this.pagedAbove = pagedAbove;
        this.pageSize = pageSize;
        this.source = source;
        this.denials = denials;
        this.screeningFlags = screeningFlags;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filterText.addListener((observable, before, after) -> {
            if (pages != null) {
                load(true);
            } else {
                refilter(false);
            }
        });
        statusChoice.addListener((observable, before, after) -> reload());
        inbox.addListener((observable, before, after) -> reload());
        applicantDeniedOnly.addListener((observable, before, after) -> {
            if (pages == null) {
                refilter(false);
            }
        });
        // A paged queue asks the database (as for its words); a queue held whole filters its rows here.
        flagFilter.addListener((observable, before, after) -> {
            if (after == null) {
                flagFilter.set(FlagFilter.ALL);
            } else if (pages != null) {
                load(true);
            } else {
                refilter(false);
            }
        });
    }

    /**
     * What one load brings: the rows, which of them have an applicant with a recent denial, and which have screening
     * hits to look at.
     */
    private record Loaded(QueueIndex index, Set<String> applicantDenied, Set<String> flagged,
            Map<Inbox, Long> counts, Paged paged) {
    }

    /**
     * A paged load: the rows (the page of the wanted row read), the inbox's count without the text filter (-1: read
     * after the rows are shown), and where the wanted application (the one asked for, else the selected one) is; -1
     * when not among the rows.
     */
    private record Paged(PagedRows rows, long total, long wantedAt, long index) {
    }

    /** Whether the shown count and total are the database's, being counted, or could not be counted. */
    public enum RowCount {
        /** Counted (a paged inbox) or held whole. */
        COUNTED,
        /** A paged inbox shown before its count: the counts are the rows of its first page until it is in. */
        COUNTING,
        /** A paged inbox whose count failed (said as a page failure is): the counts are those of the rows read. */
        NOT_COUNTED
    }

    /** The inbox's count and the rows its filters show, read after a paged inbox's first page is shown. */
    private record Counted(long total, long shown) {
    }

    /** Rows above which an inbox is paged: sorting and filtering 2,000 held rows is instant, and they take ~3 MB. */
    public static final long DEFAULT_PAGED_ABOVE = 2_000;

    /**
     * Loads the queue again for the chosen inbox and statuses, then every inbox's count; the current filter, sort and
     * selection stay (a selected application that left the view gives its place to the next one, and says so).
     */
    public void reload() {
        load(false);
    }

    /** @param search only the text filter changed, on a paged queue: the database searches */
    private void load(boolean search) {
        long generation = ++loadGeneration;
        Set<ApplicationStatus> statuses = statusChoice.get().statuses();
        Inbox chosen = inbox.get();
        // Only a reload of the same view can take the selected application out of it (an action moved it).
        boolean sameView = chosen == loadedInbox && statuses.equals(loadedStatuses);
        String text = filterText.get() == null ? "" : filterText.get();
        FlagFilter flags = flagFilter.get();
        String wanted = pendingReference != null ? pendingReference : selectedReference.get();
        // Where the selected row was, so that if it left the view the one now in its place is selected.
        long previousIndex = pages == null || wanted == null ? 0 : Math.max(0, pages.indexOfHeld(wanted));
        loading.set(true);
        searching.set(search);
        // A search changes neither the inboxes' counts nor the flags: only the words are asked of the database.
        Map<Inbox, Long> countsBefore = search ? inboxCounts.get() : null;
        // The rows wait only for the chosen inbox's count; the others are counted after them (issue 11: at 1,000,000
        // applications "past deadline" and "to countersign" took 27-37 s and 6 s, which the first paint waited for).
        // Until they are in, the buttons keep the counts they had for the same statuses.
        Map<Inbox, Long> kept = statuses.equals(loadedStatuses) ? inboxCounts.get() : Map.of();
        long countRound = search ? countGeneration : ++countGeneration;
        if (!search) {
            counting.set(true);
        }
        Set<String> flaggedBefore = search ? flaggedReferences.get() : null;
        BackgroundTask.wrap(() -> {
                    // Keystrokes queue their searches on the executor's threads: one overtaken before it starts (or
                    // between its count and its page) asks nothing more of the database, whose text search can take
                    // seconds on a large desk; its result would not be shown anyway (onSuccess checks the generation).
                    if (generation != loadGeneration) {
                        return null;
                    }
                    // Whether the inbox is longer than a held one, without counting it (issue 11): a short inbox's
                    // answer is its count; a long one is counted after its first page is shown, unless an
                    // application must be found in it (its position needs the count to place it).
                    Long probed = search ? null : source.countUpTo(chosen, statuses, pagedAbove + 1);
                    boolean countAfter = probed != null && probed > pagedAbove && wanted == null;
                    Long counted = search ? countOf(countsBefore, chosen, statuses)
                            : probed != null && probed <= pagedAbove ? probed
                            : countAfter ? null : source.count(chosen, statuses);
                    Map<Inbox, Long> counts = search ? countsBefore : withCount(kept, chosen, counted);
                    Set<String> flagged = search ? flaggedBefore : Set.copyOf(screeningFlags.get());
                    // The inbox's count decides; a source that counts nothing (a test's list) is loaded to see.
                    List<QueueRow> all = !countAfter && (counted == null || counted <= pagedAbove)
                            ? source.queue(chosen, statuses) : null;
                    if (all != null && all.size() <= pagedAbove) {
                        return new Loaded(QueueIndex.build(all, source::assigneeName),
                                Set.copyOf(denials.applicantDeniedRecently(statuses)), flagged, counts, null);
                    }
                    QueuePager pager = source.pager(chosen, statuses, text, flags);
                    if (countAfter) {
                        if (generation != loadGeneration) {
                            return null;
                        }
                        return new Loaded(QueueIndex.EMPTY, Set.of(), flagged, counts,
                                new Paged(PagedRows.first(pager, pageSize, executor), -1, -1, 0));
                    }
                    long total = counted != null ? counted : all.size();
                    all = null;
                    long shown = text.isBlank() && flags == FlagFilter.ALL ? total : pager.count();
                    if (generation != loadGeneration) {
                        return null;
                    }
                    if (search) {
                        // Each text query reads every row of the statuses: the selected one stays selected if it is
                        // on the first page of the matches, rather than costing two more such reads to find it.
                        PagedRows rows = PagedRows.open(pager, shown, 0, pageSize, executor);
                        long held = wanted == null ? -1 : rows.indexOfHeld(wanted);
                        return new Loaded(QueueIndex.EMPTY, Set.of(), flagged, counts,
                                new Paged(rows, total, held, 0));
                    }
                    long wantedAt = wanted == null ? -1 : pager.position(wanted).orElse(-1);
                    long at = wantedAt >= 0 ? wantedAt : previousIndex;
                    return new Loaded(QueueIndex.EMPTY, Set.of(), flagged, counts,
                            new Paged(PagedRows.open(pager, shown, at, pageSize, executor), total, wantedAt, at));
                })
                .withTitle(messages.get(search ? "queue.searching" : "queue.loading"))
                .onSuccess(loaded -> {
                    if (generation == loadGeneration) {
                        loading.set(false);
                        searching.set(false);
                        flaggedReferences.set(loaded.flagged());
                        if (!search) {
                            inboxCounts.set(loaded.counts());
                        }
                        loadedInbox = chosen;
                        loadedStatuses = statuses;
                        if (loaded.paged() == null) {
                            pages = null;
                            paged.set(false);
                            index = loaded.index();
                            applicantDenied = loaded.applicantDenied();
                            refilter(sameView);
                        } else {
                            showPaged(loaded.paged(), sameView && !search, search);
                        }
                    }
                    if (!search && countRound == countGeneration) {
                        // After the paint (countStart): the inbox shown first, if it was shown before its count.
                        PagedRows uncounted = generation == loadGeneration && loaded.paged() != null
                                && loaded.paged().total() < 0 ? loaded.paged().rows() : null;
                        boolean filtered = !text.isBlank() || flags != FlagFilter.ALL;
                        // The chosen inbox's count this load read (null: none, or overtaken before it read one).
                        Long known = loaded == null ? null : loaded.counts().get(chosen);
                        countStart.accept(() -> {
                            if (uncounted != null && generation == loadGeneration) {
                                countRows(generation, countRound, chosen, statuses, filtered, uncounted);
                            } else {
                                startInboxCounts(countRound, statuses, chosen, known);
                            }
                        });
                    }
                })
                .onFailure(failure -> {
                    if (!search && countRound == countGeneration) {
                        counting.set(false);
                    }
                    if (generation == loadGeneration) {
                        loading.set(false);
                        searching.set(false);
                        dialogs.showError(messages.get("queue.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("queue.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    /**
     * How the round of inbox counts after a load is started, given the start: at once unless the window sets it. The
     * main window starts it after the pulse that paints the loaded rows, so that the paint does not share the CPU
     * with the counts (issue 11, launch to painted queue: on a 2-core desk they took the second core during the first
     * paint).
     */
    public void setCountStart(Consumer<Runnable> countStart) {
        this.countStart = Objects.requireNonNull(countStart, "countStart");
    }

    /**
     * Counts a paged inbox shown before its count (and the rows its filters show), then starts the round of every
     * inbox's count. The list grows to the count unless a newer load (or search) replaced it; a failure keeps the
     * rows shown and is said as a page's failure is.
     */
    private void countRows(long generation, long countRound, Inbox chosen, Set<ApplicationStatus> statuses,
            boolean filtered, PagedRows rows) {
        BackgroundTask.wrap(() -> {
                    // Overtaken before it starts: the newer load counts for itself.
                    if (generation != loadGeneration) {
                        return null;
                    }
                    Long total = source.count(chosen, statuses);
                    // A source that counts nothing (a test's list) is counted through its pager.
                    long shown = filtered || total == null ? rows.pager().count() : total;
                    return new Counted(total != null ? total : shown, shown);
                })
                .withTitle(messages.get("queue.countingRows"))
                .onSuccess(counted -> {
                    if (counted != null && generation == loadGeneration && pages == rows) {
                        rows.resize(counted.shown());
                        totalCount.set((int) Math.min(Integer.MAX_VALUE, counted.total()));
                        shownCount.set(rows.size());
                        rowCount.set(RowCount.COUNTED);
                        inboxCounts.set(withCount(inboxCounts.get(), chosen, counted.total()));
                    }
                    startInboxCounts(countRound, statuses, chosen, counted == null ? null : counted.total());
                })
                .onFailure(failure -> {
                    if (generation == loadGeneration && pages == rows) {
                        rowCount.set(RowCount.NOT_COUNTED);
                        dialogs.showError(messages.get("queue.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages), messages.get("queue.loadFailed.whatToDo"),
                                failure);
                    }
                    startInboxCounts(countRound, statuses, chosen, null);
                })
                .executeWith(executor);
    }

    private void startInboxCounts(long countRound, Set<ApplicationStatus> statuses, Inbox chosen, Long known) {
        if (countRound == countGeneration) {
            countInboxes(countRound, statuses, chosen, known);
        }
    }

    /** The inbox's count a search keeps: the one the buttons show, else (shown before its count) counted now. */
    private Long countOf(Map<Inbox, Long> counts, Inbox chosen, Set<ApplicationStatus> statuses) {
        Long count = counts.get(chosen);
        return count != null ? count : source.count(chosen, statuses);
    }

    /**
     * Every inbox's count within these statuses, read after the rows are shown: the buttons show them when they are
     * in, unless a newer load counts again. A failure leaves the counts the buttons show (the load said its own).
     *
     * @param known the chosen inbox's count, when its load (or the count after its first page) read it: not read
     *              again (at 1,000,000 applications "All open" is 346,341 rows, 1-2 s to count)
     */
    private void countInboxes(long generation, Set<ApplicationStatus> statuses, Inbox chosen, Long known) {
        BackgroundTask.wrap(() -> {
                    if (known == null) {
                        return Map.copyOf(source.counts(statuses));
                    }
                    Map<Inbox, Long> counts = new EnumMap<>(Inbox.class);
                    counts.putAll(source.countsBut(chosen, statuses));
                    counts.put(chosen, known);
                    return Map.copyOf(counts);
                })
                .withTitle(messages.get("queue.counting"))
                .onSuccess(counts -> {
                    if (generation == countGeneration) {
                        inboxCounts.set(counts);
                        counting.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (generation == countGeneration) {
                        counting.set(false);
                    }
                })
                .executeWith(executor);
    }

    private static Map<Inbox, Long> withCount(Map<Inbox, Long> counts, Inbox inbox, Long count) {
        Map<Inbox, Long> with = new EnumMap<>(Inbox.class);
        with.putAll(counts);
        if (count == null) {
            with.remove(inbox);
        } else {
            with.put(inbox, count);
        }
        return Map.copyOf(with);
    }

    /**
     * @param sameView the same view was read again (an action may have moved the selected one out of it)
     * @param search   only the words changed: an application asked for is not looked for in a wider view
     */
    private void showPaged(Paged loaded, boolean sameView, boolean search) {
        pages = loaded.rows();
        pages.whenPageFails(failure -> dialogs.showError(messages.get("queue.loadFailed.title"),
                ErrorText.whatHappened(failure, messages), messages.get("queue.loadFailed.whatToDo"), failure));
        index = QueueIndex.EMPTY;
        applicantDenied = Set.of();
        sortKeys = List.of();
        order = null;
        paged.set(true);
        // The denial filter needs every row's applicant: a paged queue has it off (the view disables it).
        applicantDeniedOnly.set(false);
        String selected = selectedReference.get();
        // Shown before its count: the rows read stand for the counts until it is in (the labels say "counting").
        totalCount.set((int) Math.min(Integer.MAX_VALUE, loaded.total() < 0 ? pages.size() : loaded.total()));
        shownCount.set(pages.size());
        rowCount.set(loaded.total() < 0 ? RowCount.COUNTING : RowCount.COUNTED);
        visibleRows.set(pages);
        if (loaded.wantedAt() >= 0) {
            QueueRow row = pages.held((int) loaded.wantedAt());
            pendingReference = null;
            selectedReference.set(row == null ? null : row.reference());
            return;
        }
        if (pendingReference != null && !search && !(statusChoice.get().kind() == StatusChoice.Kind.ALL
                && inbox.get() == Inbox.ALL_OPEN)) {
            // Asked to show an application this view does not hold: widen to every application, as open() does.
            inbox.set(Inbox.ALL_OPEN);
            statusChoice.set(StatusChoice.all());
            return;
        }
        QueueRow next = pages.isEmpty() ? null : pages.held((int) Math.min(loaded.index(), pages.size() - 1));
        String nextReference = next == null ? null : next.reference();
        selectedReference.set(nextReference);
        if (sameView && selected != null && pendingReference == null) {
            movedOn.set(null);
            movedOn.set(nextReference == null ? messages.format("queue.movedOn.empty", selected)
                    : messages.format("queue.movedOn", selected, nextReference));
        }
    }

    /**
     * The table's sort order changed; an empty list restores the service's order (oldest first). A paged queue keeps
     * the database's order: it refuses any other (false), and the table puts its sort back.
     */
    public boolean sortBy(List<SortKey> keys) {
        if (pages != null) {
            return keys.isEmpty();
        }
        if (keys.equals(sortKeys)) {
            return true;
        }
        sortKeys = List.copyOf(keys);
        order = SortKey.combined(sortKeys);
        refilter(false);
        return true;
    }

    /** The user selected a row; null when the selection was cleared. */
    public void select(String reference) {
        selectedReference.set(reference);
    }

    /**
     * Shows one application in the queue, wherever it came from (a related application, a history row): clears the
     * filters (text, denied applicants and flags) and, when the inbox and chosen statuses do not include it, widens them to
     * all open applications of all statuses; the row is selected as soon as it is loaded.
     */
    public void open(String reference) {
        pendingReference = reference;
        filterText.set("");
        applicantDeniedOnly.set(false);
        flagFilter.set(FlagFilter.ALL);
        if (pages != null) {
            // The database says where it is; a view that does not hold it is widened then (showPaged).
            reload();
        } else if (contains(index.select("", order), reference)) {
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
        FlagFilter flags = flagFilter.get();
        if (flags != FlagFilter.ALL) {
            rows.removeIf(row -> !flags.keeps(row.flags()));
        }
        List<QueueRow> before = visibleRows.get();
        rowCount.set(RowCount.COUNTED);
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

    /** Each inbox's count within the chosen statuses, counted by the database after each load's rows. */
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

    /**
     * Only applications with an open risk flag, or with one that blocks the approval (issue 13); ALL at first. Kept
     * across inboxes and reloads, like the text filter; {@link #open} clears it.
     */
    public ObjectProperty<FlagFilter> flagFilterProperty() {
        return flagFilter;
    }

    /** Ctrl+Shift+F: all, flagged, blocking, round. */
    public void nextFlagFilter() {
        flagFilter.set(flagFilter.get().next());
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

    /**
     * True while the inbox is too long to hold and is read from the database page by page (oldest first, the text
     * filter searched by the database, no column sort, no denial filter).
     */
    public ReadOnlyBooleanProperty pagedProperty() {
        return paged.getReadOnlyProperty();
    }

    /** True while the database searches a paged queue for the filter's words. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The rows a paged queue holds in memory now (at most a few pages); every row when the queue is not paged. */
    public int rowsHeld() {
        return pages != null ? pages.heldRows().size() : index.size();
    }

    /** The limit above which an inbox is paged. */
    public long pagedAbove() {
        return pagedAbove;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * COUNTING while a paged inbox is shown before its count ({@link #shownCountProperty()} and
     * {@link #totalCountProperty()} are then the rows of its first page), NOT_COUNTED if that count failed.
     */
    public ReadOnlyObjectProperty<RowCount> rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    /** True from a load until every inbox's count it asked for is in (or failed, or a newer load counts again). */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }
}
