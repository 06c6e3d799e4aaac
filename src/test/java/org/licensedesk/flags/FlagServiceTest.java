package org.licensedesk.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import org.licensedesk.domain.flags.FlagSubject;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.MofcomFileReader;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.FlagRepository;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.workflow.WorkflowService;

/**
 * Risk flags and their rules (issue 13) through the services on a real store: each rule kind raising its flag once, on
 * intake and on status changes; a blocking flag refusing the approval until an official the rule allows clears it;
 * rules changed by supervisors only, each change audited.
 */
@StoreTest
class FlagServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);
    private static final String REF = "EXP-2026-000501";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.SUPERVISOR, true);

    @TempDir
    Path folder;
    private Database database;
    private AuditTrail trail;
    private AuditRepository auditEntries;
    private WorkflowService workflow;
    private FlagService flags;
    private FlagGate gate;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            users.insert(transaction, WANG_FANG);
            return null;
        });
        auditEntries = new AuditRepository(database);
        trail = new AuditTrail(database, auditEntries, CLOCK);
        WorkflowStateRepository states = new WorkflowStateRepository(database);
        workflow = new WorkflowService(database, states, users, auditEntries, trail, WorkingDayCalendar.official(),
                CLOCK);
        gate = new FlagGate(new FlagRepository(), trail);
        flags = new FlagService(database, new FlagRepository(), gate, trail, TestDatabases.officials(database), states);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The sample (Dy 1C905.b 500 kg and Tb 1C904.a 0.25 t, US$518,750, to Germany) with this end user and type. */
    private void insert(String endUser, String country, LicenceType type) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null);
        new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(a.reference(), a.receivedOn(),
                type, a.applicant(), a.consignee(), new Party(PartyRole.END_USER, endUser, country, "Somewhere 1"),
                a.endUse(), a.contract(), a.transport(), a.items(), a.documents(), a.status(), a.assignee(),
                a.version(), false)));
    }

    private void claim() {
        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, workflow.state(REF).version(), "I take this one."));
    }

    private void claimAssessRecommend() {
        claim();
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(REF, workflow.state(REF).version(), "All eight checked.",
                factors));
        workflow.perform(LI_NA, new WorkflowCommand.RecommendApproval(REF, workflow.state(REF).version(),
                "No concerns remain.", new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export."),
                        List.of())));
    }

    private WorkflowCommand approve() {
        return new WorkflowCommand.Approve(REF, workflow.state(REF).version(), "Countersigned after the review.",
                null, List.of());
    }

    private static FlagRule rule(FlagRuleKind kind, String parameter, boolean blocking) {
        return FlagRule.draft(kind, parameter, FlagColour.RED, blocking, UserRole.SUPERVISOR, true,
                "Bureau instruction 7: look twice at these cases");
    }

    private List<AuditEntry> entries(AuditAction action) {
        return database.read(transaction -> auditEntries.withAction(transaction, action.name()));
    }

    private List<String> conditions(List<Flag> raised) {
        return raised.stream().map(flag -> flag.rule().condition() + " " + flag.subject()).toList();
    }

    @Test
    void eachRuleKindRaisesItsFlagOnceOnAStatusChangeAndNotTheRulesThatDoNotApply() {
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.CONTROL_CODE, "1C905", false));
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.CONTROL_CODE, "1C904.b", false));
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.DESTINATION, "de", false));
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.QUANTITY_ABOVE, "700", false));
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.QUANTITY_ABOVE, "750", false));
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.VALUE_ABOVE, "500000", false));
        flags.addRule(ZHAO_LEI, rule(FlagRuleKind.VALUE_ABOVE, "600000.00", false));
        insert("Bavaria Magnet Works AG", "DE", LicenceType.SINGLE);
        assertThat(flags.flags(REF)).isEmpty();

        claim();

        assertThat(conditions(flags.flags(REF))).containsExactly(
                "control code 1C905 or one of its sub-items APPLICATION", "destination DE APPLICATION",
                "more than 700 kg APPLICATION", "a value above US$500000 APPLICATION");
        assertThat(flags.flags(REF)).allSatisfy(flag -> {
            assertThat(flag.raisedBy()).isEqualTo("li.na");
            assertThat(flag.open()).isTrue();
        });
        // Idempotent: further status changes raise nothing twice.
        workflow.perform(LI_NA, new WorkflowCommand.RequestInfo(REF, workflow.state(REF).version(),
                "Please send the end-use statement again.", List.of("Who is the end user's parent company?")));
        workflow.perform(LI_NA, new WorkflowCommand.ReceiveInfo(REF, workflow.state(REF).version(),
                "The statement came in today."));
        assertThat(flags.flags(REF)).hasSize(4);
        assertThat(entries(AuditAction.FLAG_RAISED)).hasSize(4)
                .allSatisfy(entry -> assertThat(entry.applicationRef()).isEqualTo(REF));
    }

    @Test
    void aGeneralLicenceRequestAndAJapaneseDestinationAreFlaggedByTheDefaultRulesOnIntake() {
        IntakeService intake = new IntakeService(database, new ApplicationRepository(database),
                new ControlListRepository(database), new IntakeRepository(), trail, TestDatabases.officials(database),
                org.licensedesk.intake.ImportScreening.NONE, gate);

        ImportResult result = intake.importFile(Path.of("assets/intake-sample.json"), LI_NA, ProgressListener.NONE,
                () -> false);

        assertThat(result.ok()).isTrue();
        assertThat(conditions(flags.flags("EXP-2026-004212"))).containsExactly(
                "a general licence requested APPLICATION", "destination JP APPLICATION");
        assertThat(flags.flags("EXP-2026-004212")).allSatisfy(flag -> {
            assertThat(flag.raisedBy()).isEqualTo("li.na");
            assertThat(flag.rule().colour()).isEqualTo(FlagColour.AMBER);
            assertThat(flag.blocks()).isFalse();
        });
        assertThat(flags.flags("EXP-2026-004211")).isEmpty();
    }

    @Test
    void aMofcomWatchListHitFlagsTheEndUserAndAControlListHitTheConsigneeWithTheDefaultRules() throws IOException {
        ScreeningService screening = new ScreeningService(database, new ScreeningRepository(database), trail,
                TestDatabases.officials(database));
        Path lists = folder.resolve("mofcom.csv");
        Files.writeString(lists, String.join(",", MofcomFileReader.HEADER) + "\n"
                + "CONTROL,汉萨金属,Hanseatic Metals GmbH,DE,MOFCOM Announcement 2026 No. 11,2026-02-24,,,,"
                + "https://kan.china.com/article/6381631_3.html\n"
                + "WATCH,斯巴鲁株式会社,SUBARU Corporation,JP,MOFCOM Announcement 2026 No. 12,2026-02-24,,,,"
                + "https://www.ettoday.net/news/20260224/3122152.htm\n", StandardCharsets.UTF_8);
        screening.importList(ListFormat.MOFCOM, List.of(lists), ZHAO_LEI);
        insert("SUBARU Corporation", "JP", LicenceType.SINGLE);
        screening.screen(REF);

        claim();

        List<Flag> raised = flags.flags(REF);
        assertThat(conditions(raised)).containsExactlyInAnyOrder("a hit on MOFCOM's watch list END_USER",
                "a hit on MOFCOM's control list CONSIGNEE", "destination JP APPLICATION");
        Flag watch = raised.stream().filter(flag -> flag.subject() == FlagSubject.END_USER).findFirst().orElseThrow();
        assertThat(watch.rule().reason()).startsWith("Regulations Art. 26");
        assertThat(watch.rule().colour()).isEqualTo(FlagColour.RED);
        // The default watch-list rule: a supervisor, not a reviewer, clears it.
        assertThatThrownBy(() -> flags.clear(LI_NA, watch.id(), "The hit is a namesake, checked."))
                .isInstanceOf(FlagRefusedException.class)
                .hasMessage("Only a supervisor other than li.na may clear the flag " + watch.id() + " on " + REF
                        + "; li.na is a reviewer. Ask a supervisor.");
        assertThat(flags.clear(ZHAO_LEI, watch.id(), "The hit is a namesake, checked.").open()).isFalse();
    }

    @Test
    void aBlockingFlagRefusesTheApprovalNamingTheFlagAndWhoMayClearItThenAllowsItOnceCleared() {
        insert("Bavaria Magnet Works AG", "DE", LicenceType.SINGLE);
        claimAssessRecommend();
        // Added while the case waits for its countersignature: raised at once on the open applications, by zhao.lei.
        FlagRule added = flags.addRule(ZHAO_LEI, rule(FlagRuleKind.VALUE_ABOVE, "100000", true));
        Flag flag = flags.flags(REF).stream().filter(f -> f.rule().id() == added.id()).findFirst().orElseThrow();
        assertThat(flag.raisedBy()).isEqualTo("zhao.lei");

        assertThatThrownBy(() -> workflow.perform(ZHAO_LEI, approve()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage(REF + " carries a blocking red flag on the application (rule " + added.id()
                        + ", a value above US$100000: Bureau instruction 7: look twice at these cases), raised by "
                        + "zhao.lei; a supervisor other than zhao.lei must clear it with a note before it can be "
                        + "approved.");
        assertThatThrownBy(() -> flags.clear(ZHAO_LEI, flag.id(), "I looked at it myself."))
                .isInstanceOf(FlagRefusedException.class)
                .hasMessageContaining("keeps the official whose action raised it from clearing it");
        assertThatThrownBy(() -> flags.clear(WANG_FANG, flag.id(), "short"))
                .isInstanceOf(FlagRefusedException.class).hasMessageContaining("at least 10 characters");
        assertThat(workflow.state(REF).status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);

        Flag cleared = flags.clear(WANG_FANG, flag.id(), "Value checked against the contract, in line.");

        assertThat(cleared.clearedBy()).isEqualTo("wang.fang");
        assertThat(entries(AuditAction.FLAG_CLEARED)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("wang.fang");
            assertThat(entry.note()).isEqualTo("Value checked against the contract, in line.");
            assertThat(entry.detailsJson()).contains("\"raisedBy\":\"zhao.lei\"");
        });
        assertThatThrownBy(() -> flags.clear(WANG_FANG, flag.id(), "Value checked against the contract, again."))
                .isInstanceOf(FlagRefusedException.class).hasMessageContaining("was cleared already by wang.fang");
        assertThat(workflow.perform(ZHAO_LEI, approve()).state().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    @Test
    void aRuleRaisesOnTheClaimAsTheReviewerAndOnceRemovedItsFlagNoLongerBlocks() {
        FlagRule added = flags.addRule(ZHAO_LEI, rule(FlagRuleKind.CONTROL_CODE, "1C904", true));
        insert("Bavaria Magnet Works AG", "DE", LicenceType.SINGLE);
        claimAssessRecommend();
        assertThatThrownBy(() -> workflow.perform(ZHAO_LEI, approve())).isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("raised by li.na; a supervisor other than li.na must clear it");

        flags.removeRule(ZHAO_LEI, added.id());

        assertThat(flags.rules()).extracting(FlagRule::id).doesNotContain(added.id());
        assertThat(flags.flags(REF)).filteredOn(flag -> flag.rule().id() == added.id()).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.open()).isTrue();
                    assertThat(flag.blocks()).isFalse();
                });
        assertThat(workflow.perform(ZHAO_LEI, approve()).state().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(entries(AuditAction.FLAG_RULE_CHANGED)).extracting(AuditEntry::detailsJson)
                .anySatisfy(details -> assertThat(details).contains("\"change\":\"ADDED\"", "\"flagsRaised\":0"))
                .anySatisfy(details -> assertThat(details).contains("\"change\":\"REMOVED\""));
    }

    @Test
    void onlyAnActiveSupervisorChangesTheRulesAndAMalformedRuleIsRefusedWithWhatIsWrong() {
        int before = flags.rules().size();
        assertThatThrownBy(() -> flags.addRule(LI_NA, rule(FlagRuleKind.DESTINATION, "JP", false)))
                .isInstanceOf(FlagRefusedException.class)
                .hasMessage("Only a supervisor may change the flag rules; li.na is a reviewer. Ask a supervisor.");
        assertThatThrownBy(() -> flags.addRule(ZHAO_LEI, rule(FlagRuleKind.CONTROL_CODE, "dysprosium", false)))
                .isInstanceOf(FlagRefusedException.class)
                .hasMessage("A control-code rule needs a control code such as 1C905 (every sub-item) or 1C905.a; "
                        + "\"dysprosium\" is not one.");
        assertThatThrownBy(() -> flags.addRule(ZHAO_LEI, rule(FlagRuleKind.VALUE_ABOVE, "-5", false)))
                .isInstanceOf(FlagRefusedException.class).hasMessageContaining("above zero");
        assertThatThrownBy(() -> flags.addRule(ZHAO_LEI, FlagRule.draft(FlagRuleKind.GENERAL_LICENCE, "", FlagColour.BLUE,
                false, UserRole.REVIEWER, false, "why")))
                .isInstanceOf(FlagRefusedException.class).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> flags.removeRule(ZHAO_LEI, 999)).isInstanceOf(FlagRefusedException.class)
                .hasMessage("There is no flag rule 999; list the rules to see their numbers.");
        TestDatabases.deactivate(database, "zhao.lei");
        assertThatThrownBy(() -> flags.addRule(ZHAO_LEI, rule(FlagRuleKind.DESTINATION, "JP", false)))
                .isInstanceOf(FlagRefusedException.class).hasMessageContaining("deactivated");
        assertThat(flags.rules()).hasSize(before);
        assertThat(entries(AuditAction.FLAG_RULE_CHANGED)).isEmpty();

        FlagRule changed = flags.changeRule(WANG_FANG, new FlagRule(flags.rules().get(0).id(), FlagRuleKind.LIST_HIT,
                "mofcom_watch", FlagColour.RED, true, UserRole.SUPERVISOR, true,
                "Regulations Art. 26: watch-list party, a supervisor looks before approval", true));
        assertThat(changed.parameter()).isEqualTo("MOFCOM_WATCH");
        assertThat(flags.rules().get(0).blocking()).isTrue();
        assertThat(entries(AuditAction.FLAG_RULE_CHANGED)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("wang.fang"));
    }
}
