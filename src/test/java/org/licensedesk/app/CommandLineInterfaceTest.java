package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.cli.Cli;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplications;

/** The headless commands through the same wiring as the launcher, on real database files. */
class CommandLineInterfaceTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2026, 11, 27).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = Cli.standard((db, mode) -> Services.open(db, mode, CLOCK));

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generateThenShowPrintsOneApplicationAsJson() throws Exception {
        String db = folder.resolve("bench").toString();
        assertThat(run("generate", "25", "--db", db)).isZero();
        assertThat(stdout()).contains("generated 25 applications");

        String reference;
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CLOCK)) {
            reference = services.queue().queue(java.util.EnumSet.allOf(
                    org.licensedesk.domain.ApplicationStatus.class)).stream().map(QueueRow::reference)
                    .findFirst().orElseThrow();
        }
        assertThat(run("show", reference, "--db", db)).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("reference").asText()).isEqualTo(reference);
        assertThat(json.get("status").asText()).isNotBlank();
        assertThat(json.at("/applicant/uscc").asText()).hasSize(18);
        assertThat(json.at("/endUser/country").asText()).hasSize(2);
        assertThat(json.get("items").size()).isPositive();
        assertThat(json.at("/items/0/quantity").isTextual()).as("decimals are strings").isTrue();
        assertThat(json.at("/deadline/date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.at("/deadline/workingDaysLeft").isInt()).isTrue();
        assertThat(json.get("documents").isArray()).isTrue();
        assertThat(json.get("contract").get("number").asText()).isNotBlank();
    }

    @Test
    void showCarriesTheRelatedApplicationsAndTheDenialFlagTheWindowShows() throws Exception {
        String db = folder.resolve("parties").toString();
        assertThat(run("generate", "300", "--db", db)).isZero();
        String flagged;
        RelatedApplications related;
        List<String> otherDenials;
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CLOCK)) {
            flagged = services.partyHistory().applicantDeniedRecently(EnumSet.allOf(ApplicationStatus.class))
                    .stream().sorted().findFirst().orElseThrow();
            related = services.partyHistory().related(flagged);
            otherDenials = services.partyHistory().otherDenialsOfApplicant(flagged);
        }
        assertThat(run("show", flagged, "--db", db)).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout());

        assertThat(json.at("/denialFlag/applicantDeniedRecently").asBoolean()).isTrue();
        assertThat(json.at("/denialFlag/since").asText()).endsWith("Z");
        assertThat(json.at("/denialFlag/otherDenials").size()).isEqualTo(otherDenials.size()).isPositive();
        assertThat(json.at("/denialFlag/otherDenials/0").asText()).isEqualTo(otherDenials.get(0));
        assertThat(json.at("/related/more").asBoolean()).isEqualTo(related.more());
        JsonNode rows = json.at("/related/newestFirst");
        assertThat(rows.size()).isEqualTo(related.newestFirst().size()).isPositive();
        RelatedApplication first = related.newestFirst().get(0);
        assertThat(rows.at("/0/reference").asText()).isEqualTo(first.reference());
        assertThat(rows.at("/0/relation").asText()).isEqualTo(first.relation().name());
        assertThat(rows.at("/0/status").asText()).isEqualTo(first.status().name());
        assertThat(rows.at("/0/controlCodes").size()).isEqualTo(first.controlCodes().size());
        assertThat(rows.at("/0/totalKg").isTextual()).as("decimals are strings").isTrue();
        // A denied related application is there with its decision time, as the Related tab marks it.
        assertThat(rows.findValuesAsText("reference")).contains(otherDenials.stream()
                .filter(reference -> related.newestFirst().stream().anyMatch(r -> r.reference().equals(reference)))
                .toArray(String[]::new));
    }

    @Test
    void generateAppendsWithoutCollidingReferences() {
        String db = folder.resolve("twice").toString();
        assertThat(run("generate", "30", "--db", db)).isZero();
        assertThat(run("generate", "30", "--db", db)).isZero();
        try (Services services = Services.open(db, BackendOpener.Mode.EXISTING, CLOCK)) {
            assertThat(services.queue().queue(java.util.EnumSet.allOf(
                    org.licensedesk.domain.ApplicationStatus.class))).hasSize(60);
        }
    }

    @Test
    void unknownReferenceFailsWithOneLine() {
        String db = folder.resolve("demo").toString();
        assertThat(run("generate", "3", "--db", db)).isZero();

        assertThat(run("show", "EXP-1999-000000", "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().strip()).contains("no application EXP-1999-000000").doesNotContain("\n");
    }

    @Test
    void missingDatabaseFailsWithOneLineAndCreatesNothing() {
        Path missing = folder.resolve("missing");
        assertThat(run("show", "EXP-2026-000001", "--db", missing.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr().strip()).contains("No LicenseDesk database").doesNotContain("\n");
        assertThat(folder.resolve("missing.mv.db")).doesNotExist();
    }

    @Test
    void unreadableDatabaseFailsWithOneLine() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("broken.mv.db"), "not a database ".repeat(300));
        assertThat(run("show", "EXP-2026-000001", "--db", folder.resolve("broken").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(stderr().strip()).contains("cannot be read").doesNotContain("\n");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(run("generate", "many")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("positive whole number").contains("usage: licensedesk generate");
        assertThat(run("generate", "0")).isEqualTo(Cli.USAGE);
        assertThat(run("show")).isEqualTo(Cli.USAGE);
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(run("show", "X", "--db")).isEqualTo(Cli.USAGE);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("help")).isZero();
        assertThat(stdout()).contains("  generate ").contains("  show ");
    }

    @Test
    void demoDatabaseComesWithTheScreeningListSamplesAndScreensOpenApplications() throws Exception {
        String db = folder.resolve("demo-screened").toString();
        // Nanoseconds, as the system clock gives them: stored times must still fit the audit format.
        Clock systemLike = Clock.fixed(java.time.Instant.parse("2026-11-27T08:00:00.123456789Z"), ZoneOffset.UTC);
        try (Services services = Services.open(db, BackendOpener.Mode.CREATE_WITH_DEMO, systemLike)) {
            assertThat(services.screening().entryCounts()).isNotEmpty();
            assertThat(services.auditTrail().verifyDatabase((done, total) -> { }, () -> false).ok()).isTrue();
        }
    }
}
