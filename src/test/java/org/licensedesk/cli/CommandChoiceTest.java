package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher hands picocli only the commands the arguments name (issue 11: the model of all of them was a good
 * part of each command's start); whatever the arguments, the exit status and every line printed are those of the
 * command line with all commands.
 */
class CommandChoiceTest {
    private static final BackendOpener STOPS = (databaseOption, mode) -> {
        throw new CommandFailure("stopped before opening " + databaseOption);
    };

    static Stream<List<String>> argumentLists() {
        List<List<String>> lists = new ArrayList<>();
        for (String name : Cli.standard(STOPS).commandNames()) {
            lists.add(List.of(name));
            lists.add(List.of(name, "--no-such-option"));
            lists.add(List.of(name, "--help"));
            lists.add(List.of("--db", "/tmp/nowhere", name, "X"));
            lists.add(List.of("--db", name, "verify-audit", "--db"));
        }
        lists.add(List.of());
        lists.add(List.of("--db", "/tmp/nowhere"));
        lists.add(List.of("--version"));
        lists.add(List.of("verify-audti", "file.json"));
        lists.add(List.of("@/tmp/no-such-argument-file"));
        lists.add(List.of("export-audit", "--out", "show", "--actor", "li.na"));
        return lists.stream();
    }

    @ParameterizedTest
    @MethodSource("argumentLists")
    void theNamedCommandsAloneAnswerAsAllOfThemDo(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        assertThat(run(Cli.standard(STOPS, args), args)).isEqualTo(run(Cli.standard(STOPS), args));
    }

    @ParameterizedTest
    @MethodSource("argumentLists")
    void theWindowIsWantedForTheSameArguments(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        assertThat(Cli.standard(STOPS, args).wantsWindow(args)).isEqualTo(Cli.standard(STOPS).wantsWindow(args));
    }

    private static List<String> run(Cli cli, String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return List.of(String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }
}
