package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of {@link Cli#standard}: an unknown option is refused with exit status 2, one line naming it and the
 * usage line; {@code --help} prints the command's help; {@code --db PATH} reaches the command whether it stands before
 * or after it. A new command must be added to {@link #SMALLEST_CALLS}, or {@link #everyCommandIsCovered} fails.
 */
class EveryCommandTest {
    /** For each command that opens a database: the shortest call that gets as far as opening it. */
    private static final Map<String, List<String>> SMALLEST_CALLS = Map.ofEntries(
            Map.entry("generate", List.of("generate", "1")),
            Map.entry("show", List.of("show", "EXP-2026-000001")),
            Map.entry("import", List.of("import", "intake.json")),
            Map.entry("export-audit", List.of("export-audit", "--out", "audit.json")),
            Map.entry("export-history", List.of("export-history", "--out", "history.csv", "--format", "csv")),
            Map.entry("verify-audit", List.of("verify-audit")),
            Map.entry("audit-checkpoint", List.of("audit-checkpoint", "--out", "checkpoint.json")),
            Map.entry("screening-import", List.of("screening-import", "--format", "csl", "csl.csv")),
            Map.entry("screening-threshold", List.of("screening-threshold")),
            Map.entry("screening-dispose", List.of("screening-dispose", "EXP-2026-000001", "--party", "END_USER",
                    "--entry", "CSL|1", "--verdict", "FALSE_POSITIVE", "--note", "Different registry entry.")),
            Map.entry("countersign-threshold", List.of("countersign-threshold")),
            Map.entry("calendar-import", List.of("calendar-import", "calendar.csv")),
            Map.entry("flag-rules", List.of("flag-rules", "list")),
            Map.entry("flags", List.of("flags", "EXP-2026-000001")),
            Map.entry("benchmark-queue", List.of("benchmark-queue")),
            Map.entry("benchmark-history", List.of("benchmark-history")),
            Map.entry("benchmark-dashboards", List.of("benchmark-dashboards")),
            Map.entry("benchmark-team", List.of("benchmark-team")),
            Map.entry("licences", List.of("licences")),
            Map.entry("import-shipments", List.of("import-shipments", "shipments.json")),
            Map.entry("suspend-licence", List.of("suspend-licence", "LD-2026-000001", "--reason", "Inspection.")),
            Map.entry("reinstate-licence", List.of("reinstate-licence", "LD-2026-000001", "--reason", "Inspection cleared.")),
            Map.entry("revoke-licence", List.of("revoke-licence", "LD-2026-000001", "--reason", "Goods diverted.")),
            Map.entry("surrender-licence", List.of("surrender-licence", "LD-2026-000001", "--reason", "Holder's request.")),
            Map.entry("letter", List.of("letter", "EXP-2026-000001", "--kind", "APPROVAL", "--out", "letter.pdf")),
            Map.entry("verify-letter", List.of("verify-letter", "--hash", "0".repeat(64))),
            Map.entry("appeal", List.of("appeal", "receive", "EXP-2026-000001", "--note", "Letter of appeal.")),
            Map.entry("amendment", List.of("amendment", "receive", "LD-2026-000001", "--field", "PORT_OF_EXPORT",
                    "--value", "Ningbo", "--note", "Holder's letter.")));
    /** Commands that open no database. */
    private static final List<String> WITHOUT_DATABASE = List.of("completion", "help");
    /** Commands that open databases of their own rather than --db's: benchmark --dir DIR, copy-store --from --to. */
    private static final List<String> OWN_DATABASES = List.of("benchmark", "copy-store");

    private final List<String> opened = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    /** Records which database a command asked for, then stops it there: these tests are about the command line. */
    private final Cli cli = Cli.standard((databaseOption, mode) -> {
        opened.add(databaseOption);
        throw new CommandFailure("stopped after opening " + databaseOption);
    });

    static Stream<String> commands() {
        return Cli.standard((databaseOption, mode) -> {
            throw new AssertionError("not opened");
        }).commandNames().stream();
    }

    static Stream<String> commandsWithDatabase() {
        return SMALLEST_CALLS.keySet().stream().sorted();
    }

    private int run(List<String> args) {
        out.reset();
        err.reset();
        return cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> stderrLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everyCommandIsCovered() {
        List<String> covered = new ArrayList<>(SMALLEST_CALLS.keySet());
        covered.addAll(WITHOUT_DATABASE);
        covered.addAll(OWN_DATABASES);
        assertThat(commands()).as("every command has its smallest call in SMALLEST_CALLS")
                .containsExactlyInAnyOrderElementsOf(covered);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anUnknownOptionIsRefusedWithTheUsageLine(String command) {
        assertThat(run(List.of(command, "--colour", "red"))).isEqualTo(Cli.USAGE);

        assertThat(stdout()).isEmpty();
        assertThat(stderrLines()).hasSize(2);
        assertThat(stderrLines().get(0)).startsWith("licensedesk " + command + ": unknown option '--colour'");
        assertThat(stderrLines().get(1)).startsWith("usage: licensedesk " + command + " ")
                .contains("licensedesk " + command + " --help");
        assertThat(opened).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMisspeltOptionIsRefusedWithASuggestion(String command) {
        assertThat(run(List.of(command, "--hepl"))).isEqualTo(Cli.USAGE);

        assertThat(stderrLines().get(0)).isEqualTo("licensedesk " + command + ": unknown option '--hepl'; did you "
                + "mean --help?");
        assertThat(opened).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpDescribesTheCommandAndEachOfItsOptions(String command) {
        assertThat(run(List.of(command, "--help"))).isEqualTo(Cli.OK);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stdout()).startsWith("Usage: licensedesk " + command);
        assertThat(opened).isEmpty();

        assertThat(run(List.of("help", command))).isEqualTo(Cli.OK);
        assertThat(stdout()).startsWith("Usage: licensedesk " + command);
    }

    @ParameterizedTest
    @MethodSource("commandsWithDatabase")
    void theDatabaseOptionCountsBeforeAndAfterTheCommand(String command) {
        String db = folder.resolve("desk").toString();
        List<String> call = new ArrayList<>(SMALLEST_CALLS.get(command));
        call.replaceAll(word -> word.endsWith(".json") || word.endsWith(".csv") ? folder.resolve(word).toString()
                : word);

        List<String> before = new ArrayList<>(List.of("--db", db));
        before.addAll(call);
        assertThat(run(before)).as(String.join(" ", before)).isEqualTo(Cli.FAILED);
        assertThat(stderrLines()).containsExactly("licensedesk " + command + ": stopped after opening " + db);

        List<String> after = new ArrayList<>(call);
        after.addAll(List.of("--db=" + db));
        assertThat(run(after)).as(String.join(" ", after)).isEqualTo(Cli.FAILED);

        assertThat(opened).containsExactly(db, db);
    }

    @Test
    void twoDifferentDatabasesAreRefused() {
        assertThat(run(List.of("--db", "one", "show", "EXP-2026-000001", "--db", "two"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).contains("two databases");
        assertThat(opened).isEmpty();
    }

    @Test
    void anUnknownCommandIsRefusedWithASuggestion() {
        assertThat(run(List.of("--db", "x", "genrate", "50"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines()).hasSize(2);
        assertThat(stderrLines().get(0)).isEqualTo("licensedesk: unknown command 'genrate'; did you mean generate?");
        assertThat(stderrLines().get(1)).startsWith("usage: licensedesk ");
    }

    @Test
    void wrongValuesAreNamedInPlainWords() {
        assertThat(run(List.of("generate", "many"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).isEqualTo("licensedesk generate: N must be a positive whole number, not "
                + "'many'");
        assertThat(run(List.of("benchmark-queue", "--runs", "0"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).endsWith("--runs must be a positive whole number, not '0'");
        assertThat(run(List.of("export-audit", "--out", "a.json", "--from", "2026-13-01"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).endsWith("--from must be a date YYYY-MM-DD, not '2026-13-01'");
        assertThat(run(List.of("show"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).isEqualTo("licensedesk show: missing REF");
        assertThat(run(List.of("export-audit"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).isEqualTo("licensedesk export-audit: missing the option --out FILE");
        assertThat(run(List.of("show", "EXP-2026-000001", "--db"))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).isEqualTo("licensedesk show: option --db needs a value (PATH)");
        assertThat(opened).isEmpty();
    }

    @Test
    void aValueFromTheCommandLineIsEchoedShortAndHarmless() {
        String pasted = "\u001b[31m" + "x".repeat(10_000);
        assertThat(run(List.of("generate", pasted))).isEqualTo(Cli.USAGE);
        assertThat(stderrLines().get(0)).contains("\\u001B[31m").doesNotContain("\u001b")
                .hasSizeLessThan(Sentences.ECHO_LIMIT + 100);
    }

    @Test
    void versionNamesTheBuiltVersion() {
        assertThat(run(List.of("--version"))).isEqualTo(Cli.OK);
        assertThat(stdout().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).matches("LicenseDesk \\d+\\.\\d+\\.\\d+\\S*"));
    }

    @Test
    void helpListsEveryCommandWithOneLine() {
        assertThat(run(List.of("help"))).isEqualTo(Cli.OK);
        commands().forEach(command -> assertThat(stdout()).contains("\n  " + command + " "));
        assertThat(stdout()).contains("Exit status: 0");
        assertThat(run(List.of("--help"))).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("Commands (");
    }

    @Test
    void completionIsABashScriptForEveryCommandAndOption() {
        assertThat(run(List.of("completion"))).isEqualTo(Cli.OK);

        assertThat(stdout()).contains("complete -F _complete_licensedesk", "--measure-startup", "--control-code");
        commands().forEach(command -> assertThat(stdout()).contains(command));
    }
}
