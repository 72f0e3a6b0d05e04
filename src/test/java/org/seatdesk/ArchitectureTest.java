package org.seatdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// design.md, "Layout": a plain-Java core per feature, views only in `ui`, SQL only in
/// `store`/`hub`, and a hub that never depends on the UI toolkit. Production classes only.
@AnalyzeClasses(packages = "org.seatdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverDependsOnJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.seatdesk.app..", "org.seatdesk.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("records, rules, services and repositories are plain Java: the hub and the tests "
                    + "use them without a toolkit (the benchmarks drive the real console, so they may)");

    @ArchTest
    static final ArchRule onlyStoreAndHubTouchSql = noClasses()
            .that().resideOutsideOfPackages("org.seatdesk.store..", "org.seatdesk.hub..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("the UI talks to services, services to repository interfaces; only store and hub "
                    + "touch SQL, through jOOQ");

    @ArchTest
    static final ArchRule hubNeverDependsOnTheUi = noClasses()
            .that().resideInAPackage("org.seatdesk.hub..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..")
            .because("a server must not require the UI toolkit (style.md: JabRef's jabsrv does)");
}
