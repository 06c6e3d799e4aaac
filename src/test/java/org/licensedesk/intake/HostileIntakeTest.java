package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensedesk.intake.IntakeFiles.application;
import static org.licensedesk.intake.IntakeFiles.batch;
import static org.licensedesk.intake.IntakeFiles.reference;
import static org.licensedesk.intake.IntakeFiles.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/**
 * Intake files written to get past the checks or to confuse whoever reads the problems: control and invisible
 * characters, names that vanish once normalised, strings past every cap, a reference with a trailing line break,
 * broken and hostile JSON. Each is refused with one problem line at its pointer, never longer than needed, and
 * nothing is written.
 */
@StoreTest
class HostileIntakeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private AuditRepository auditEntries;
    private IntakeService intake;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        applications = new ApplicationRepository(database);
        auditEntries = new AuditRepository(database);
        intake = new IntakeService(database, applications, new ControlListRepository(database), new IntakeRepository(),
                new AuditTrail(database, auditEntries, CLOCK), TestDatabases.officials(database));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ImportResult importFile(Path file) {
        return intake.importFile(file, REVIEWER, ProgressListener.NONE, () -> false);
    }

    /** The one application of a batch, changed by the test, imported; its problems, with nothing written. */
    private List<IntakeProblem> refused(ObjectNode application) {
        ImportResult result = importFile(write(folder.resolve("batch.json"), batch(List.of(application))));
        assertRefused(result);
        return result.problems();
    }

    private void assertRefused(ImportResult result) {
        assertThat(result.ok()).isFalse();
        assertThat(applications.count()).isZero();
        assertThat(auditEntries.head().seq()).isZero();
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.line())
                .as("a problem line is short and has no control character")
                .hasSizeLessThan(400).doesNotContainPattern("\\p{Cc}|\\p{Cf}"));
    }

    private static ObjectNode with(String pointerToObject, String field, String value) {
        ObjectNode application = application(reference(1));
        ((ObjectNode) application.at(pointerToObject)).put(field, value);
        return application;
    }

    @Test
    void controlCharactersInTextAreRefusedAtTheirPointer() {
        assertThat(refused(with("/applicant", "name", "Ganzhou\u0000Hongtai Rare Earth")))
                .containsExactly(new IntakeProblem("/applications/0/applicant/name",
                        "contains a control character (U+0000) at character 8; remove it"));
        assertThat(refused(with("/consignee", "address", "Place du Lac 2\u001B[2J, Geneve")))
                .containsExactly(new IntakeProblem("/applications/0/consignee/address",
                        "contains a control character (U+001B) at character 15; remove it"));
        assertThat(refused(with("/items/0", "description", "Dysprosium\toxide")))
                .extracting(IntakeProblem::message)
                .containsExactly("contains a tab (U+0009) at character 11; remove it");
    }

    @Test
    void lineBreaksAreAllowedInTheEndUseOnly() {
        assertThat(refused(with("/endUser", "name", "Rhein-Main\nMagnettechnik")))
                .containsExactly(new IntakeProblem("/applications/0/endUser/name",
                        "contains a line break (U+000A) at character 11; only endUse may have several lines"));

        ObjectNode severalLines = with("/endUser", "endUse", "Sintered NdFeB magnets.\r\nTraction motors only.");
        ImportResult result = importFile(write(folder.resolve("lines.json"), batch(List.of(severalLines))));

        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        assertThat(applications.find(reference(1)).orElseThrow().endUse()).contains("\r\nTraction");
    }

    /** A reference with a trailing line break passed the pattern, whose $ also matches before a final break. */
    @Test
    void referenceWithATrailingLineBreakIsRefusedOnce() {
        ObjectNode application = application("EXP-2026-NL\n");

        assertThat(refused(application)).containsExactly(new IntakeProblem("/applications/0/reference",
                "contains a line break (U+000A) at character 12; only endUse may have several lines"));
        assertThat(EcmaAnchoredExpressions.INSTANCE.getRegularExpression("^[A-Z0-9][A-Z0-9-]{2,31}$")
                .matches("EXP-2026-NL\n")).isFalse();
        assertThat(EcmaAnchoredExpressions.INSTANCE.getRegularExpression("^[A-Z0-9][A-Z0-9-]{2,31}$")
                .matches("EXP-2026-NL")).isTrue();
        assertThat(EcmaAnchoredExpressions.anchoredAtTheEnd("^a[$]\\$$")).isEqualTo("^a[$]\\$\\z");
    }

    @Test
    void bidirectionalControlsAreRefused() {
        assertThat(refused(with("/consignee", "name", "\u202EAS lanoitanretnI gnidarT KNT")))
                .extracting(IntakeProblem::message).containsExactly("contains the bidirectional control U+202E at "
                        + "character 1, which changes the order in which the text is shown; remove it");
    }

    @Test
    void namesThatVanishOnceNormalisedAreRefused() {
        assertThat(refused(with("/endUser", "name", "\u200B\u200B\u200B")))
                .extracting(IntakeProblem::message).containsExactly("must not be blank: it holds only spaces and "
                        + "invisible characters (such as U+200B or U+3000)");
        assertThat(refused(with("/applicant", "nameLocal", "\u3000\u3000")))
                .extracting(IntakeProblem::pointer).containsExactly("/applications/0/applicant/nameLocal");
        assertThat(refused(with("/consignee", "name", "\u0000\u0000")))
                .extracting(IntakeProblem::pointer).containsExactly("/applications/0/consignee/name");
        assertThat(refused(with("/consignee", "name", "- . -")))
                .extracting(IntakeProblem::message).containsExactly("has no letter or digit once invisible "
                        + "characters, spaces and punctuation are left out; give the name as it is registered");
    }

    @Test
    void aZeroWidthSpaceInsideANameIsStoredWithoutIt() {
        ObjectNode application = with("/consignee", "name", "TNK Trad\u200Bing International SA");

        ImportResult result = importFile(write(folder.resolve("zw.json"), batch(List.of(application))));

        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        LicenceApplication stored = applications.find(reference(1)).orElseThrow();
        assertThat(stored.consignee().name()).isEqualTo("TNK Trading International SA");
    }

    @Test
    void stringsOverTheirCapAreRefusedWithTheCapAndNotEchoedWhole() {
        List<IntakeProblem> problems = refused(with("/endUser", "endUse", "x".repeat(20_000)));

        assertThat(problems).containsExactly(new IntakeProblem("/applications/0/endUser/endUse",
                "is 20000 characters long; at most 2000 are allowed"));
        assertThat(refused(with("/applicant", "uscc", "9".repeat(40))))
                .containsExactly(new IntakeProblem("/applications/0/applicant/uscc",
                        "is 40 characters long; at most 18 are allowed"));
        assertThat(refused(with("/items/0", "controlCode", "1C905.b" + "b".repeat(5_000))).get(0).message())
                .startsWith("\"1C905.b").contains("…\" (5,007 characters) is not a control code")
                .hasSizeLessThan(250);
    }

    @Test
    void aStringPastTheReadersLimitStopsTheReadingWhereItStarts() {
        ObjectNode application = with("/applicant", "name", "A".repeat(IntakeFile.MAX_STRING + 1));

        List<IntakeProblem> problems = refused(application);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/applications/0/applicant/name");
            assertThat(problem.message()).startsWith("reading stopped here (line ")
                    .endsWith("): a text value longer than 100,000 characters; no intake file has that (the longest "
                            + "field, endUse, takes 2,000 characters), so the file is refused");
        });
    }

    @Test
    void anApplicationOfAMillionShortValuesStopsTheReading() throws IOException {
        StringBuilder text = new StringBuilder("{\"format\":\"licensedesk.intake\",\"formatVersion\":1,"
                + "\"applications\":[{\"reference\":[");
        for (int i = 0; i < IntakeFile.MAX_APPLICATION; i++) {
            text.append(i == 0 ? "1" : ",1");
        }
        text.append("]}]}");

        ImportResult result = importFile(write(folder.resolve("many.json"), text.toString()));

        assertRefused(result);
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("reading stopped here (line 1, column ")
                .endsWith("this application holds more than 1,000,000 characters and values; an intake application "
                        + "is far smaller, so the file is refused"));
    }

    @Test
    void deepNestingLongNumbersAndLongFieldNamesAreRefusedInWords() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(problemOf("{\"format\":\"licensedesk.intake\",\"formatVersion\":1,\"applications\":[{\"items\":"
                + deep + "}]}")).endsWith("objects and lists nested more than 32 deep; no intake file has that (the "
                        + "longest field, endUse, takes 2,000 characters), so the file is refused");
        assertThat(problemOf("{\"format\":\"licensedesk.intake\",\"formatVersion\":" + "1".repeat(500) + "}"))
                .contains("a number longer than 100 digits");
        assertThat(problemOf("{\"" + "n".repeat(5_000) + "\":1}"))
                .contains("a field name longer than 1,000 characters");
    }

    @Test
    void brokenJsonSaysWhereAndWhatInWords() {
        assertThat(problemOf("{\"format\":\"licensedesk.intake\",}"))
                .isEqualTo("the file is not valid JSON here (line 1, column 32): the character '}' where a field name "
                        + "in double quotes should be");
        assertThat(problemOf("{\"format\" \"licensedesk.intake\"}"))
                .endsWith("the character '\"' where a colon (:) should follow the field name");
        assertThat(problemOf("{\"format\":\"licensedesk.intake\" \"formatVersion\":1}"))
                .endsWith("the character '\"' where a comma or the closing } should be");
        assertThat(problemOf("{\"format\":licensedesk}"))
                .endsWith("the word \"licensedesk\", which is not a JSON value (text goes in double quotes; the only "
                        + "bare words are true, false and null)");
        assertThat(problemOf("{\"format\":\"licensedesk.intake\",\"format\":\"x\"}"))
                .endsWith("the field \"format\" a second time in the same object; each field may appear once");
        assertThat(problemOf("{\"format\":\"licensedesk\u0001.intake\"}"))
                .endsWith("the control character U+0001 inside a text value; write a line break as \\n and leave other "
                        + "control characters out");
        assertThat(problemOf("{\"format\":\"licensedesk.intake\"")).endsWith(
                "the end of the file before an object was closed with } (is the file complete?)");
    }

    @Test
    void invalidUtf8IsRefusedInWords() throws IOException {
        byte[] bytes = ("{\"format\":\"licensedesk.intake\",\"formatVersion\":1,"
                + "\"applications\":[{\"reference\":\"EXP-X\"}]}").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 6] = (byte) 0xFF;
        Path file = Files.write(folder.resolve("latin1.json"), bytes);

        ImportResult result = importFile(file);

        assertRefused(result);
        assertThat(result.problems().get(0).message()).startsWith("the file is not valid JSON here (line 1, column ")
                .endsWith("): bytes that are not UTF-8 text; save the file as UTF-8");
    }

    /** An ANSI escape in a field name once went to the terminal as it was; a megabyte name must not either. */
    @Test
    void aFieldNameCannotDriveTheTerminalNorFloodIt() {
        ObjectNode application = application(reference(1));
        application.put("\u001B[2J\u001B[31mreference", "x");
        application.put("y".repeat(900), "z");

        List<IntakeProblem> problems = refused(application);

        assertThat(problems).extracting(IntakeProblem::line).contains(
                "/applications/0/\\u001B[2J\\u001B[31mreference: is not a field of the intake format (check its "
                        + "spelling)",
                "/applications/0/" + "y".repeat(100) + "…: is not a field of the intake format (check its spelling)");
    }

    private String problemOf(String text) {
        ImportResult result = importFile(write(folder.resolve("broken.json"), text));
        assertRefused(result);
        return result.problems().get(0).message();
    }
}
