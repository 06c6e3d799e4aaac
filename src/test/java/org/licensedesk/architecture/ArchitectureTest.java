package org.licensedesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DEVELOPERS.md: domain ← store and services ← ui and cli ← app. */
class ArchitectureTest {
    private static final String ROOT = "org.licensedesk";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ArchitectureTest::isMainClass)
                .importPackages(ROOT);
    }

    /** ArchUnit's own option only knows target/test-classes; builds may use another folder (-DbuildDir). */
    private static boolean isMainClass(com.tngtech.archunit.core.importer.Location location) {
        return !location.contains("/test-classes/");
    }

    @Test
    void domainIsPlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..")
                .because("workflow rules must hold the same for the window, the command line and tests");
        rule.check(classes);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".ui..",
                        ROOT + ".cli..", ROOT + ".app..")
                .because("the domain is the bottom layer")
                .check(classes);
    }

    @Test
    void uiDoesNotTouchTheStore() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", "java.sql..")
                .because("the window goes through services, so it gets the same rules as the command line")
                .check(classes);
    }

    @Test
    void servicesDoNotUseJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("only the ui and the app that wires it know about JavaFX")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .because("app wires the layers; nothing below may depend on the window or the wiring")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .because("the command line is a front end like the window")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the window reports through dialogs and the status bar; only commands print")
                .check(classes);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("SQL stays behind the store's one door: services hold a store Transaction, never a "
                        + "Connection, so a second database (PostgreSQL) changes the store alone")
                .check(classes);
    }

    @Test
    void theStoreDependsOnlyOnTheDomain() {
        classes().that().resideInAPackage(ROOT + ".store..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(ROOT + ".store..", ROOT + ".domain..",
                        ROOT + ".json..").or(resideOutsideOfPackage(ROOT + "..")))
                .because("the store turns domain records into rows and back; rules, hashing and wording of "
                        + "refusals live in the services above it")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between packages makes their layers meaningless and their tests tangled")
                .check(classes);
    }
}
