package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditEntryJson;
import org.licensedesk.audit.AuditHasher;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.cli.Cli;
import org.licensedesk.cli.CommandFailure;
import org.licensedesk.domain.AuditEntry;

/**
 * {@code verify-audit FILE} runs without picocli from the launcher (issue 11: its model was a good part of a short
 * check's start); for every file and every argument list its exit status and each line printed are those of the
 * command through picocli with all commands, and only the plain two-word form takes the short way.
 */
class PlainFileCheckTest {
    private static final BackendOpener STOPS = (databaseOption, mode) -> {
        throw new CommandFailure("stopped before opening " + databaseOption);
    };

    @TempDir
    Path folder;
    private Path intact;

    @BeforeEach
    void writeFiles() throws Exception {
        intact = folder.resolve("audit.json");
        Files.writeString(intact, export(3, -1), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("审计 导出.json"), export(2, -1), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("changed.json"), export(3, 2), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("not-json.json"), "hello", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.json"), "", StandardCharsets.UTF_8);
        Files.createDirectory(folder.resolve("a folder"));
    }

    @Test
    void everyFileIsAnsweredAsPicocliAnswersIt() {
        List<String> files = List.of("audit.json", "审计 导出.json", "changed.json", "not-json.json", "empty.json",
                "a folder", "nothing-here.json");
        for (String name : files) {
            String[] args = {"verify-audit", folder.resolve(name).toString()};
            List<String> plain = plain(args);
            assertThat(plain).as(name).isNotNull().isEqualTo(throughPicocli(args));
            assertThat(launched(args)).as(name).isEqualTo(plain);
        }
        // Words picocli knows elsewhere are still only a FILE here.
        for (String word : List.of("help", "show", "verify-audit", "completion", " audit.json", "a=b")) {
            String[] args = {"verify-audit", word};
            assertThat(plain(args)).as(word).isNotNull().isEqualTo(throughPicocli(args));
        }
        assertThat(plain(new String[] {"verify-audit", intact.toString()}))
                .containsExactly("0", intact + " is intact: 3 entries checked, head seq 3" + System.lineSeparator(), "");
        assertThat(plain(new String[] {"verify-audit", folder.resolve("changed.json").toString()}).get(2))
                .startsWith("licensedesk verify-audit: " + folder.resolve("changed.json") + " is NOT intact: ")
                .contains("(first broken seq 2)");
    }

    @Test
    void anyOtherArgumentsGoThroughPicocliAsBefore() {
        String file = intact.toString();
        List<List<String>> lists = new ArrayList<>(List.of(
                List.of("verify-audit"), List.of("verify-audit", "--help"), List.of("verify-audit", "-h"),
                List.of("verify-audit", ""), List.of("verify-audit", "-"), List.of("verify-audit", "--", file),
                List.of("verify-audit", file, "--db"), List.of("verify-audit", file, file),
                List.of("verify-audit", "--db", file), List.of("--db", "/tmp/nowhere", "verify-audit", file),
                List.of("verify-audit", file, "--checkpoint", file), List.of("Verify-Audit", file),
                List.of("verify-audti", file), List.of("verify-audit", "@" + folder.resolve("no-such-arguments")),
                List.of("verify-audit", "a\u0000b"), List.of("show", file)));
        for (List<String> list : lists) {
            String[] args = list.toArray(String[]::new);
            assertThat(plain(args)).as(list.toString()).isNull();
            assertThat(launched(args)).as(list.toString()).isEqualTo(throughPicocli(args));
        }
    }

    /** An export of {@code count} sealed entries, the actor of {@code changedSeq} edited after sealing. */
    private static String export(int count, int changedSeq) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        AuditHasher hasher = new AuditHasher();
        AuditEntryJson json = new AuditEntryJson();
        ObjectNode export = mapper.createObjectNode();
        export.put("format", "licensedesk.audit");
        export.put("formatVersion", 1);
        export.put("exportedAt", "2026-12-06T10:00:00.000Z");
        export.put("exportedBy", "zhao.lei");
        ObjectNode scope = export.putObject("scope");
        scope.put("kind", "ALL");
        for (String field : List.of("from", "to", "applicationRef", "actor")) {
            scope.putNull(field);
        }
        ObjectNode chain = export.putObject("chain");
        chain.put("algorithm", "SHA-256");
        chain.put("canonicalization", "RFC8785");
        ArrayNode entries = mapper.createArrayNode();
        String previous = AuditEntry.GENESIS_HASH;
        for (int seq = 1; seq <= count; seq++) {
            AuditEntry entry = hasher.seal(new AuditEntry(seq, "2026-12-06T09:0" + seq + ":00.000Z",
                    "EXP-2026-00000" + seq, "NOTE_ADDED", "li.na", "REVIEWER", "UNDER_REVIEW", "UNDER_REVIEW",
                    "核对了最终用户 \"Basel\"", "{\"source\":\"demo\",\"n\":" + seq + "}", previous, null));
            previous = entry.hash();
            ObjectNode node = json.toJson(entry, true);
            if (seq == changedSeq) {
                node.put("actor", "wang.fang");
            }
            entries.add(node);
        }
        chain.put("headSeq", count);
        chain.put("headHash", previous);
        export.set("entries", entries);
        export.put("entryCount", count);
        return mapper.writeValueAsString(export);
    }

    private static List<String> plain(String[] args) {
        Streams streams = new Streams();
        Integer status = Cli.runPlainFileCheck(args, streams.out(), streams.err());
        return status == null ? null : streams.result(status);
    }

    private static List<String> launched(String[] args) {
        Streams streams = new Streams();
        int status = Launcher.start(args, () -> Cli.standard(STOPS, args), false, () -> {
            throw new AssertionError("no window");
        }, streams.out(), streams.err());
        return streams.result(status);
    }

    private static List<String> throughPicocli(String[] args) {
        Streams streams = new Streams();
        return streams.result(Cli.standard(STOPS).run(args, streams.out(), streams.err()));
    }

    private record Streams(ByteArrayOutputStream outBytes, ByteArrayOutputStream errBytes) {
        Streams() {
            this(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        }

        PrintStream out() {
            return new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        }

        PrintStream err() {
            return new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        }

        List<String> result(int status) {
            return List.of(String.valueOf(status), outBytes.toString(StandardCharsets.UTF_8),
                    errBytes.toString(StandardCharsets.UTF_8));
        }
    }
}
