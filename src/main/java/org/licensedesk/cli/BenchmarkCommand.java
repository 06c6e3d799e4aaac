package org.licensedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.licensedesk.account.DemoPasswords;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.history.HistoryService;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueService;
import org.licensedesk.store.Database;
import org.licensedesk.store.RawLimits;
import org.licensedesk.team.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark --dir DIR [--sizes 100000,1000000]} (issue 11): builds or reuses generated databases in DIR and
 * prints, for each operation, median / min / max over the runs, the raw limit measured in the same run on the same
 * data ({@link RawLimits}), the ratio and the goal. App and raw runs alternate. Export and verification run as
 * child processes with {@code -Xmx256m}, the app's commands against the raw yardsticks.
 */
@Command(name = "benchmark", description = {"Measure the desk against raw limits on generated databases.",
        "Builds (generate) or reuses a database per size in DIR; for each operation prints median, min and max "
                + "milliseconds over the runs, the raw limit measured the same way, the ratio and the goal."})
public final class BenchmarkCommand extends DeskCommand {
    /** Rows a paged queue shows at a time (as QueueViewModel pages and benchmark-queue measure). */
    static final int PAGE = 200;

    private static final String SUPERVISOR = "zhao.lei";
    private static final List<String> ASSIGNEES = List.of("wang.fang", "li.na");
    private static final String CHILD_HEAP = "-Xmx256m";
    /** The launch script's heap, for the app and the minimal window alike. */
    private static final String LAUNCH_HEAP = "-Xmx1g";
    /** How both launch processes begin the line they print when their window is painted, and a word it holds. */
    static final String PAINTED = "startup: ";
    private static final String PAINTED_WORD = " painted ";
    /** Issue 11's bound for importing 100,000 applications. */
    private static final String IMPORT_HEAP = "-Xmx128m";
    /** Applications in the imported file: at most this many, so five runs of app and raw stay in minutes. */
    static final int IMPORT_MAX = 10_000;
    private static final String[] DATABASE_SUFFIXES = {".mv.db", ".lock.db", ".trace.db", ".password"};

    private final BackendOpener opener;

    @Option(names = "--dir", paramLabel = "DIR", required = true,
            description = "The folder of the generated databases (g100000.mv.db, ...); created when missing.")
    Path dir;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "100000,1000000",
            converter = Values.PositiveNumber.class,
            description = "Generated applications per database (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Values.PositiveNumber.class,
            description = "Runs per operation, at least 5 (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--only", paramLabel = "TEXT", split = ",",
            description = "Only the operations whose name contains one of the TEXTs, such as history,export.")
    List<String> only = List.of();

    @Spec
    CommandSpec spec;

    public BenchmarkCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if (DatabaseOption.beforeCommand(spec) != null) {
            throw new UsageException("benchmark measures the databases in --dir, not --db; leave --db out");
        }
        if (runs < 5) {
            throw new UsageException("--runs " + runs + " is too few for a median worth printing; give 5 or more");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandFailure("cannot create the folder " + dir + ": " + e.getMessage());
        }
        Runtime runtime = Runtime.getRuntime();
        out.printf("benchmark: %d cores, %,d MB heap, Java %s, %s %s; %d runs per operation, app and raw "
                        + "alternating%n", runtime.availableProcessors(), runtime.maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"), runs);
        for (int size : sizes) {
            Path base = dir.resolve("g" + size).toAbsolutePath();
            Table table = new Table(out, runs, only);
            // Import works on fresh databases of its own: only import asked for, no generated database is needed.
            boolean onlyImport = !only.isEmpty() && only.stream().allMatch("import"::startsWith);
            if (!onlyImport) {
                prepare(base, size, out, err);
            }
            out.printf("%n%,d generated applications (%s)%n", size, base);
            table.header();
            if (!onlyImport) {
                inProcess(base, table, err);
                children(base, table);
            }
            importRow(size, table);
            table.footer();
            out.flush();
        }
    }

    /** Generates the database unless DIR holds one of that size already. */
    private void prepare(Path base, int size, PrintWriter out, PrintWriter err) {
        if (Files.exists(Database.dataFile(base))) {
            out.printf("reusing %s%n", Database.dataFile(base));
            return;
        }
        long started = System.nanoTime();
        try (Backend backend = opener.open(base.toString(), BackendOpener.Mode.CREATE)) {
            backend.demo().generate(size, GenerateCommand.DEFAULT_SEED, done -> {
                if (done % 50_000 == 0) {
                    err.printf("generated %,d of %,d%n", done, size);
                    err.flush();
                }
            });
            backend.closeAndCompact();
        }
        out.printf("generated %,d applications in %s in %.1f s%n", size, base, (System.nanoTime() - started) / 1e9);
    }

    private void inProcess(Path base, Table table, PrintWriter err) {
        try (Backend backend = opener.open(base.toString(), BackendOpener.Mode.EXISTING)) {
            QueueService queue = backend.queue();
            RawLimits raw = backend.rawLimits();
            QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
            table.warmedRow("queue load: first page + count", () -> pageAndCount(queue, open),
                    () -> raw.queuePageAndCount(ApplicationStatus.openStatuses(), PAGE), "<= 1.5x raw");
            table.warmedRow("filter keystroke: 'ganzhou'", () -> pageAndCount(queue, open.withText("ganzhou")), null,
                    "<= 30 ms");
            table.warmedRow("filter keystroke: 'no such text'",
                    () -> pageAndCount(queue, open.withText("no such text")), null, "<= 30 ms");
            Set<ApplicationStatus> submitted = Set.of(ApplicationStatus.SUBMITTED);
            table.warmedRow("switch status set: submitted", () -> pageAndCount(queue, QueueQuery.of(submitted)),
                    () -> raw.queuePageAndCount(submitted, PAGE), "<= 30 ms");
            table.warmedRow("switch inbox: unassigned", () -> pageAndCount(queue, open.onlyUnassigned()), null,
                    "<= 30 ms");
            table.warmedRow("switch inbox: assignee li.na", () -> pageAndCount(queue, open.withAssignee("li.na")), null,
                    "<= 30 ms");
            // The window works out the overdue cutoffs of each deadline clock again on each switch to this inbox.
            table.warmedRow("switch inbox: past deadline", () -> pageAndCount(queue,
                    queue.inbox(Inbox.PAST_DEADLINE, ApplicationStatus.openStatuses(), "li.na")), null, "<= 30 ms");
            List<QueueRow> firstPage = queue.page(open, null, PAGE);
            if (firstPage.isEmpty()) {
                throw new CommandFailure("no open applications in " + base + "; delete it and run again");
            }
            User supervisor = backend.accounts().signIn(SUPERVISOR, DemoPasswords.PASSWORD.toCharArray());
            history(backend.history(), supervisor, table, err);
            workflow(backend, supervisor, firstPage.get(0).reference(), table);
            List<String> references = firstPage.stream().map(QueueRow::reference).limit(20).toList();
            int[] next = {0};
            table.warmedRow("screening one application",
                    () -> backend.screening().screen(references.get(next[0]++ % references.size())), null, "-");
            // Raw: the same aggregates by bare JDBC (RawLimits), the period's days taken in the desk's zone.
            DashboardPeriod period = backend.dashboards().defaultPeriod();
            ZoneId zone = backend.history().zone();
            table.warmedRow("dashboards: whole dashboard", () -> backend.dashboards().dashboard(period),
                    () -> raw.dashboardAggregates(period.firstDay().atStartOfDay(zone).toInstant(),
                            period.lastDay().plusDays(1).atStartOfDay(zone).toInstant()), "<= 1 s");
            table.warmedRow("Team view: workload + unassigned",
                    () -> backend.team().workload().size() + backend.team().openCases(null).size(),
                    () -> raw.teamAggregates(Instant.now().minus(Duration.ofDays(TeamService.DECISION_DAYS))),
                    "<= 1 s");
        }
    }

    private static long pageAndCount(QueueService queue, QueueQuery query) {
        return queue.page(query, null, PAGE).size() + queue.count(query);
    }

    /** The history's first page and the page after it, for each filter alone and for each pair of them. */
    private static void history(HistoryService history, User supervisor, Table table, PrintWriter err) {
        if (filterNames().stream().noneMatch(name -> table.wants("history first page: " + name)
                || table.wants("history next page: " + name))) {
            return;
        }
        NoteIndex.ensure(history, err);
        HistoryPage newest = history.firstPage(supervisor, HistoryFilter.ANY, HistorySort.NEWEST_FIRST);
        if (newest.entries().isEmpty()) {
            throw new CommandFailure("the audit trail is empty");
        }
        LocalDate last = LocalDate.ofInstant(Instant.parse(newest.entries().get(0).at()), history.zone());
        Map<String, UnaryOperator<HistoryFilter>> alone = filters(last);
        Map<String, HistoryFilter> measured = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(alone.keySet());
        for (String name : names) {
            measured.put(name, alone.get(name).apply(HistoryFilter.ANY));
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                measured.put(names.get(i) + " + " + names.get(j),
                        alone.get(names.get(j)).apply(alone.get(names.get(i)).apply(HistoryFilter.ANY)));
            }
        }
        for (Map.Entry<String, HistoryFilter> filter : measured.entrySet()) {
            HistoryFilter chosen = filter.getValue();
            HistoryPage first = history.firstPage(supervisor, chosen, HistorySort.NEWEST_FIRST);
            table.row("history first page: " + filter.getKey(),
                    () -> history.firstPage(supervisor, chosen, HistorySort.NEWEST_FIRST), null, "<= 100 ms");
            if (first.hasMore()) {
                table.row("history next page: " + filter.getKey(),
                        () -> history.nextPage(supervisor, chosen, HistorySort.NEWEST_FIRST, first), null,
                        "<= 100 ms");
            }
        }
    }

    /** The names of the history rows: each filter alone, then each pair. */
    private static List<String> filterNames() {
        List<String> alone = new ArrayList<>(filters(LocalDate.EPOCH).keySet());
        List<String> names = new ArrayList<>(alone);
        for (int i = 0; i < alone.size(); i++) {
            for (int j = i + 1; j < alone.size(); j++) {
                names.add(alone.get(i) + " + " + alone.get(j));
            }
        }
        return names;
    }

    /** The history filters one at a time; pairs combine two of them. */
    static Map<String, UnaryOperator<HistoryFilter>> filters(LocalDate last) {
        Map<String, UnaryOperator<HistoryFilter>> filters = new LinkedHashMap<>();
        filters.put("last 7 days", filter -> filter.withDays(last.minusDays(6), last));
        filters.put("actor li.na", filter -> filter.withActor("li.na"));
        filters.put("action DENIED", filter -> filter.withActions(EnumSet.of(AuditAction.DENIED)));
        filters.put("outcome APPROVED", filter -> filter.withOutcome(ApplicationStatus.APPROVED));
        filters.put("element Tb", filter -> new HistoryFilter(filter.from(), filter.to(), filter.actor(),
                filter.actions(), filter.outcome(), "Tb", filter.controlCode(), filter.endUserCountry(),
                filter.applicant(), filter.noteText(), filter.references()));
        filters.put("code 1C905", filter -> new HistoryFilter(filter.from(), filter.to(), filter.actor(),
                filter.actions(), filter.outcome(), filter.elementSymbol(), "1C905", filter.endUserCountry(),
                filter.applicant(), filter.noteText(), filter.references()));
        filters.put("country JP", filter -> new HistoryFilter(filter.from(), filter.to(), filter.actor(),
                filter.actions(), filter.outcome(), filter.elementSymbol(), filter.controlCode(), "JP",
                filter.applicant(), filter.noteText(), filter.references()));
        filters.put("applicant ganzhou", filter -> new HistoryFilter(filter.from(), filter.to(), filter.actor(),
                filter.actions(), filter.outcome(), filter.elementSymbol(), filter.controlCode(),
                filter.endUserCountry(), "ganzhou", filter.noteText(), filter.references()));
        filters.put("note end-user", filter -> filter.withNoteText("end-user"));
        return filters;
    }

    /** A supervisor assigns one open application, alternately to two reviewers: one action and its audit entry. */
    private static void workflow(Backend backend, User supervisor, String reference, Table table) {
        Map<String, User> users = new LinkedHashMap<>();
        backend.accounts().users().forEach(user -> users.put(user.username(), user));
        int[] turn = {0};
        table.warmedRow("workflow action: assign (+ audit entry)", () -> {
            WorkflowState state = backend.workflow().state(reference);
            User to = users.get(ASSIGNEES.get(turn[0]++ % ASSIGNEES.size()));
            if (to.username().equals(state.assignee())) {
                to = users.get(ASSIGNEES.get(turn[0]++ % ASSIGNEES.size()));
            }
            return backend.workflow().perform(supervisor,
                    new WorkflowCommand.Assign(reference, state.version(), "Reassigned by the benchmark.", to));
        }, null, "<= 20 ms");
    }

    /** Export and verification: the app's commands and the raw yardsticks, each a fresh JVM with 256 MB. */
    private void children(Path base, Table table) {
        Path app = dir.resolve(base.getFileName() + "-export.json");
        Path raw = dir.resolve(base.getFileName() + "-raw.json");
        String db = base.toString();
        if (table.wants("launch")) {
            if (System.getenv("DISPLAY") == null) {
                table.note("launch -> painted queue: not measured, no display (run the benchmark under xvfb-run -a)");
            } else {
                try {
                    List<String> appRun = List.of(launcher(), "--db", db, "--measure-startup");
                    List<String> rawRun = List.of("org.licensedesk.app.MinimalTableWindow");
                    List<String> appSharing = classSharing("launch-app", appRun, table);
                    List<String> rawSharing = classSharing("launch-raw", rawRun, table);
                    if (!appSharing.isEmpty() && !rawSharing.isEmpty()) {
                        table.note("launch: the app and the minimal window each with an AppCDS archive of its own "
                                + "(made by one untimed run of each), as the start script starts the window");
                    }
                    List<Long> appWhole = new ArrayList<>();
                    List<Long> rawWhole = new ArrayList<>();
                    table.measuredRow("launch -> painted queue (-Xmx1g processes)",
                            () -> untilPainted(appSharing, appRun, appWhole),
                            () -> untilPainted(rawSharing, rawRun, rawWhole), "<= 2x raw");
                    if (!appWhole.isEmpty()) {
                        table.note(String.format("launch: from start to paint as above; whole processes, exit "
                                + "included: app median %d ms, minimal window %d ms", median(appWhole),
                                median(rawWhole)));
                    }
                } catch (CommandFailure e) {
                    // Seen under xvfb on the loaded machine: the JVM crashed in libglassgtk3 while quitting, after
                    // painting. Said on its row; the other operations are still measured.
                    String message = e.getMessage();
                    table.note("launch -> painted queue: not measured, "
                            + message.substring(0, Math.min(message.length(), 300)));
                }
            }
        }
        table.row("audit export (-Xmx256m process)",
                () -> child(List.of(launcher(), "--db", db, "export-audit", "--out", app.toString())),
                () -> child(List.of(RawLimits.class.getName(), "export", db, raw.toString())), "<= 1.5x raw");
        if (!Files.exists(app) && table.wants("verify chain: file")) {
            child(List.of(launcher(), "--db", db, "export-audit", "--out", app.toString()));
        }
        table.row("verify chain: database (-Xmx256m process)",
                () -> child(List.of(launcher(), "verify-audit", "--db", db)),
                () -> child(List.of(RawLimits.class.getName(), "verify-database", db)), "<= 2x raw");
        table.row("verify chain: file (-Xmx256m process)",
                () -> child(List.of(launcher(), "verify-audit", app.toString())),
                () -> child(List.of(RawLimits.class.getName(), "verify-file", app.toString())), "<= 2x raw");
        try {
            Files.deleteIfExists(app);
            Files.deleteIfExists(raw);
        } catch (IOException e) {
            // Left in DIR; the next run overwrites it.
        }
    }

    /**
     * Import: the app's {@code import} of a generated file against {@link RawLimits}' JDBC batch insert of the same
     * rows, each a fresh JVM with 128 MB importing into a fresh database (made before each run, not timed).
     */
    private void importRow(int size, Table table) {
        int count = Math.min(size, IMPORT_MAX);
        String operation = String.format("import %,d applications (-Xmx128m processes)", count);
        if (!table.wants(operation)) {
            return;
        }
        Path file = BenchmarkIntakeFile.writeIfMissing(dir.resolve("intake-" + count + ".json").toAbsolutePath(),
                count);
        Path app = dir.resolve("import-app").toAbsolutePath();
        Path raw = dir.resolve("import-raw").toAbsolutePath();
        table.row(operation, () -> {
            emptyDatabase(app);
            emptyDatabase(raw);
        }, () -> child(List.of(launcher(), "--db", app.toString(), "import", file.toString()), IMPORT_HEAP),
                () -> child(List.of(RawLimits.class.getName(), "import", raw.toString(), file.toString()),
                        IMPORT_HEAP), "100k fits in 128 MB");
        emptyDatabase(app);
        emptyDatabase(raw);
        deleteDatabase(app);
        deleteDatabase(raw);
    }

    /** A new database with the demo officials, one generated application and the bundled screening lists. */
    private void emptyDatabase(Path base) {
        deleteDatabase(base);
        try (Backend backend = opener.open(base.toString(), BackendOpener.Mode.CREATE)) {
            backend.demo().generate(1, GenerateCommand.DEFAULT_SEED, done -> { });
            backend.screening().loadBundledSamplesIfEmpty(
                    backend.accounts().signIn(SUPERVISOR, DemoPasswords.PASSWORD.toCharArray()));
        }
    }

    private static void deleteDatabase(Path base) {
        try {
            for (String suffix : DATABASE_SUFFIXES) {
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot delete the scratch database " + base + ": " + e.getMessage());
        }
    }

    private static String launcher() {
        return "org.licensedesk.app.Launcher";
    }

    /** Runs a class of this class path in a fresh JVM with 256 MB, as the supervisor; fails on a non-zero exit. */
    private int child(List<String> mainAndArguments) {
        return child(mainAndArguments, CHILD_HEAP);
    }

    /** Runs a class of this class path in a fresh JVM with the heap option given. */
    private int child(List<String> mainAndArguments, String heap) {
        return child(List.of(), mainAndArguments, heap);
    }

    /**
     * The launch's AppCDS options for one of its two processes, as the start script gives the window: when this
     * class path is all jars (Java 17 archives no classes from folders; the start script runs from a jar of the
     * classes), one untimed run of the process writes its own archive ({@code -XX:ArchiveClassesAtExit}) and the
     * timed runs map it ({@code -XX:SharedArchiveFile}). The app and the minimal window each get an archive of what
     * they load, so both sides have the same flags. None from a classes folder ({@code mvn exec}, the IDE).
     */
    private List<String> classSharing(String name, List<String> mainAndArguments, Table table) {
        boolean allJars = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .allMatch(entry -> entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry)));
        if (!allJars) {
            return List.of();
        }
        Path archive = dir.resolve(name + ".jsa").toAbsolutePath();
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new CommandFailure("cannot delete " + archive + ": " + e.getMessage());
        }
        child(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off,cds+dynamic=off"), mainAndArguments,
                LAUNCH_HEAP);
        if (!Files.isRegularFile(archive)) {
            table.note("launch: " + name + " wrote no AppCDS archive; measured without one");
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }

    /**
     * Starts a launch process (the app with --measure-startup or the minimal window) and returns the milliseconds from
     * its start to the line it prints when its window is painted ({@value #PAINTED}... painted ...): the launch is over then, so
     * what a process does while it quits (JavaFX's shutdown, the store's close) is not counted, on either side. The
     * whole process's time is added to {@code whole}; a process that never reports a paint, or fails, is an error.
     */
    private long untilPainted(List<String> jvmOptions, List<String> mainAndArguments, List<Long> whole) {
        ProcessBuilder builder = childProcess(jvmOptions, mainAndArguments, LAUNCH_HEAP);
        StringBuilder output = new StringBuilder();
        try {
            long started = System.nanoTime();
            Process process = builder.start();
            long painted = -1;
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (painted < 0 && line.startsWith(PAINTED) && line.contains(PAINTED_WORD)) {
                        painted = (System.nanoTime() - started) / 1_000_000;
                    }
                    output.append(line).append('\n');
                }
            }
            int exit = process.waitFor();
            whole.add((System.nanoTime() - started) / 1_000_000);
            if (exit != 0 || painted < 0) {
                throw new CommandFailure(String.join(" ", mainAndArguments) + " ended with " + exit
                        + (painted < 0 ? " without painting" : "") + ": " + output.toString().strip());
            }
            return painted;
        } catch (IOException e) {
            throw new CommandFailure("cannot start " + builder.command().get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        }
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** A fresh JVM on this class path, signed in as the supervisor, its error output merged into its output. */
    private static ProcessBuilder childProcess(List<String> jvmOptions, List<String> mainAndArguments, String heap) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LICENSEDESK_USER", SUPERVISOR);
        builder.environment().put("LICENSEDESK_PASSWORD", DemoPasswords.PASSWORD);
        return builder;
    }

    /** Runs a class of this class path in a fresh JVM with these JVM options and the heap option given. */
    private int child(List<String> jvmOptions, List<String> mainAndArguments, String heap) {
        Path log = dir.resolve("child.log");
        ProcessBuilder builder = childProcess(jvmOptions, mainAndArguments, heap).redirectOutput(log.toFile());
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new CommandFailure(String.join(" ", mainAndArguments) + " ended with " + exit + ": "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            return exit;
        } catch (IOException e) {
            throw new CommandFailure("cannot start " + builder.command().get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        }
    }

    /** The printed table: one row per operation, app and raw runs alternating. */
    static final class Table {
        /** Untimed runs of each side before an operation of the running desk is timed ({@link #warmedRow}). */
        static final int WARM_UP_RUNS = 10;
        private final PrintWriter out;
        private final int runs;
        private final List<String> only;

        Table(PrintWriter out, int runs, List<String> only) {
            this.out = out;
            this.runs = runs;
            this.only = only;
        }

        boolean wants(String operation) {
            return only.isEmpty() || only.stream().anyMatch(operation::contains);
        }

        void header() {
            out.printf("%-58s %8s %8s %8s %8s %6s  %s%n", "operation (ms)", "median", "min", "max", "raw", "ratio",
                    "goal");
        }

        void row(String operation, java.util.function.Supplier<?> app, java.util.function.Supplier<?> raw,
                String goal) {
            row(operation, () -> { }, app, raw, goal);
        }

        /**
         * An operation of the running desk, in this process, measured warm: the app and the raw limit each run
         * {@value #WARM_UP_RUNS} times untimed first (or as often as they are timed, if more). In a fresh JVM the JIT
         * compiles a path over its first calls (a workflow action at 1,000,000: 27-53 ms for the first nine, 14-17 ms
         * after), a start-up cost that the launch row measures; with five timed runs it decided the median. The
         * history rows warm up themselves (each reads its first page before it is timed).
         */
        void warmedRow(String operation, java.util.function.Supplier<?> app, java.util.function.Supplier<?> raw,
                String goal) {
            if (!wants(operation)) {
                return;
            }
            for (int i = 0; i < Math.max(runs, WARM_UP_RUNS); i++) {
                app.get();
                if (raw != null) {
                    raw.get();
                }
            }
            row(operation, app, raw, goal);
        }

        /** As above, with {@code before} run (not timed) before each pair of runs. */
        void row(String operation, Runnable before, java.util.function.Supplier<?> app,
                java.util.function.Supplier<?> raw, String goal) {
            measuredRow(operation, before, () -> millis(app), raw == null ? null : () -> millis(raw), goal);
        }

        /** A row whose runs measure themselves: each returns its own milliseconds. */
        void measuredRow(String operation, java.util.function.LongSupplier app, java.util.function.LongSupplier raw,
                String goal) {
            measuredRow(operation, () -> { }, app, raw, goal);
        }

        private void measuredRow(String operation, Runnable before, java.util.function.LongSupplier app,
                java.util.function.LongSupplier raw, String goal) {
            if (!wants(operation)) {
                return;
            }
            long[] appMillis = new long[runs];
            long[] rawMillis = new long[runs];
            for (int i = 0; i < runs; i++) {
                before.run();
                appMillis[i] = app.getAsLong();
                if (raw != null) {
                    rawMillis[i] = raw.getAsLong();
                }
            }
            Arrays.sort(appMillis);
            Arrays.sort(rawMillis);
            long median = appMillis[runs / 2];
            if (raw == null) {
                out.printf("%-58s %8d %8d %8d %8s %6s  %s%n", operation, median, appMillis[0], appMillis[runs - 1],
                        "-", "-", goal);
            } else {
                long rawMedian = rawMillis[runs / 2];
                out.printf("%-58s %8d %8d %8d %8d %6s  %s%n", operation, median, appMillis[0], appMillis[runs - 1],
                        rawMedian, String.format("%.2f", median / (double) Math.max(1, rawMedian)), goal);
            }
            out.flush();
        }

        void note(String line) {
            out.println(line);
            out.flush();
        }

        void footer() {
            out.println("(median, min and max of the app's runs; raw: median of the raw limit's runs, measured "
                    + "alternately on the same data; ratio = median / raw)");
        }

        private static long millis(java.util.function.Supplier<?> work) {
            long started = System.nanoTime();
            work.get();
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
