package org.licensedesk.ui.queue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * A queue too long to hold, as the table's items: as many items as the database counts, of which only the pages
 * the table last asked for are held ({@value #PAGE_SIZE} rows a page, at most {@value #PAGES_HELD} pages). An item
 * not held is null until its page arrives: {@link #get} asks for the page in the background (through the window's
 * task executor) and the listener given to {@link #whenPageArrives} repaints. A page right after one already read
 * starts from that page's last key (keyset paging); one reached by a jump (End, the scroll bar dragged) asks the
 * database for the key before it first. The order never changes: a reload makes a new list. The size is the
 * database's count, or, for a list opened before its count ({@link #first}), the rows of its first page until
 * {@link #resize} gives it the count: then it changes once, by one change (an add from the old size to the counted
 * one), on the FX thread.
 */
public final class PagedRows extends ObservableListBase<QueueRow> {
    /** Rows a page, unless the window is told otherwise (tests page the demo's 170 open applications by 20). */
    public static final int PAGE_SIZE = 200;
    public static final int PAGES_HELD = 4;
    // The last key of pages read, so the next page continues from it: one key per page visited, at most this many.
    private static final int KEYS_HELD = 10_000;

    private final QueuePager pager;
    private final int pageSize;
    private int size;
    private final TaskExecutor executor;
    private final Map<Integer, List<QueueRow>> pages = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<QueueRow>> eldest) {
            return size() > PAGES_HELD;
        }
    };
    private final Map<Integer, QueueKey> pageEnds = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, QueueKey> eldest) {
            return size() > KEYS_HELD;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private Runnable onPage = () -> {
    };
    private Consumer<Throwable> onFailure = failure -> {
    };

    private PagedRows(QueuePager pager, long count, int pageSize, TaskExecutor executor) {
        this.pager = pager;
        this.pageSize = pageSize;
        this.size = (int) Math.min(Integer.MAX_VALUE, count);
        this.executor = executor;
    }

    /**
     * Reads the count and the page holding row {@code index} (clamped to the rows there are), off the FX thread:
     * the list is ready to show when it returns.
     */
    static PagedRows open(QueuePager pager, long count, long index, int pageSize, TaskExecutor executor) {
        PagedRows rows = new PagedRows(pager, count, pageSize, executor);
        if (rows.size > 0) {
            int page = (int) (Math.max(0, Math.min(index, rows.size - 1)) / pageSize);
            QueueKey after = page == 0 ? null : pager.keyAt((long) page * pageSize - 1).orElse(null);
            rows.arrived(page, after, pager.page(after, pageSize));
        }
        return rows;
    }

    /**
     * Reads the first page only, off the FX thread: the list is as long as the rows read until {@link #resize} gives
     * it the count, which a long inbox takes a second or two to read (issue 11: the first paint need not wait for it).
     */
    static PagedRows first(QueuePager pager, int pageSize, TaskExecutor executor) {
        List<QueueRow> page = pager.page(null, pageSize);
        PagedRows rows = new PagedRows(pager, page.size(), pageSize, executor);
        rows.arrived(0, null, page);
        return rows;
    }

    /**
     * The count is in (on the FX thread): the list takes that size, telling its listeners by one change, an add of
     * the rows after those it had (a remove if the count is lower: rows left the inbox meanwhile).
     */
    void resize(long count) {
        int counted = (int) Math.min(Integer.MAX_VALUE, count);
        if (counted == size) {
            return;
        }
        int before = size;
        beginChange();
        if (counted > before) {
            size = counted;
            nextAdd(before, counted);
        } else {
            List<QueueRow> removed = new ArrayList<>(before - counted);
            for (int i = counted; i < before; i++) {
                removed.add(held(i));
            }
            size = counted;
            nextRemove(counted, removed);
        }
        endChange();
    }

    /** The database's view this list pages (to count it). */
    QueuePager pager() {
        return pager;
    }

    /** Called on the FX thread each time a page arrives (the table repaints). */
    void whenPageArrives(Runnable listener) {
        this.onPage = listener;
    }

    /** Called on the FX thread when a page could not be read. */
    void whenPageFails(Consumer<Throwable> listener) {
        this.onFailure = listener;
    }

    @Override
    public QueueRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<QueueRow> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        int at = index % pageSize;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    @Override
    public int size() {
        return size;
    }

    // A search through every item would read every page: these look at the rows held only.
    @Override
    public int indexOf(Object row) {
        return row instanceof QueueRow queueRow ? indexOfHeld(queueRow.reference()) : -1;
    }

    @Override
    public int lastIndexOf(Object row) {
        return indexOf(row);
    }

    @Override
    public boolean contains(Object row) {
        return indexOf(row) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The row at {@code index} if its page is held, without asking for it. */
    QueueRow held(int index) {
        List<QueueRow> rows = index < 0 || index >= size ? null : pages.get(index / pageSize);
        int at = index % pageSize;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    /** Where the application is among the rows held; -1 when its page is not held. */
    int indexOfHeld(String reference) {
        for (Map.Entry<Integer, List<QueueRow>> page : pages.entrySet()) {
            List<QueueRow> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).reference().equals(reference)) {
                    return page.getKey() * pageSize + i;
                }
            }
        }
        return -1;
    }

    /** The rows held now (at most {@value #PAGES_HELD} pages), e.g. to fit column widths to them. */
    public List<QueueRow> heldRows() {
        List<QueueRow> held = new ArrayList<>();
        pages.values().forEach(held::addAll);
        return held;
    }

    /** Reads a page in the background unless it is on its way already. */
    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        QueueKey known = page == 0 ? null : pageEnds.get(page - 1);
        BackgroundTask.wrap(() -> {
            QueueKey after = page == 0 || known != null ? known
                    : pager.keyAt((long) page * pageSize - 1).orElse(null);
            if (page > 0 && after == null) {
                return new Arrival(null, List.<QueueRow>of());
            }
            return new Arrival(after, pager.page(after, pageSize));
        }).onSuccess(arrival -> {
            requested.remove(page);
            arrived(page, arrival.after(), arrival.rows());
            onPage.run();
        }).onFailure(failure -> {
            requested.remove(page);
            onFailure.accept(failure);
        }).executeWith(executor);
    }

    private record Arrival(QueueKey after, List<QueueRow> rows) {
    }

    private void arrived(int page, QueueKey after, List<QueueRow> rows) {
        pages.put(page, List.copyOf(rows));
        if (after != null) {
            pageEnds.put(page - 1, after);
        }
        if (!rows.isEmpty()) {
            pageEnds.put(page, QueueKey.of(rows.get(rows.size() - 1)));
        }
    }
}
