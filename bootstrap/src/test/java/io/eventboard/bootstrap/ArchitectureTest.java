package io.eventboard.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of the hexagon point inward: adapters → application → domain. Maven module dependencies are the
 * hard wall; these rules guard what Maven cannot see (an adapter reaching into another through a shared
 * classpath, the application importing framework classes). Each rule fails when it matches no class, so a
 * renamed package cannot turn it into a silent pass.
 */
@AnalyzeClasses(packages = "io.eventboard",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.MainCodeOnly.class})
class ArchitectureTest {

    private static final String DOMAIN = "io.eventboard.domain..";
    private static final String APPLICATION = "io.eventboard.application..";
    private static final String PERSISTENCE = "io.eventboard.persistence..";
    private static final String REST = "io.eventboard.rest..";
    private static final String NOTIFY = "io.eventboard.notify..";
    private static final String PROVIDER = "io.eventboard.provider..";
    private static final String BOOTSTRAP = "io.eventboard.bootstrap..";

    @ArchTest
    static final ArchRule theDomainDependsOnNothingButTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

    @ArchTest
    static final ArchRule theApplicationDependsOnlyOnTheDomainAndTheJdk = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..");

    @ArchTest
    static final ArchRule theApplicationImportsNoMicronautClasses = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "javax.sql..", "java.sql..");

    @ArchTest
    static final ArchRule persistenceDoesNotUseOtherAdapters = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(REST, NOTIFY, PROVIDER, BOOTSTRAP);

    @ArchTest
    static final ArchRule restDoesNotUseOtherAdapters = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, NOTIFY, PROVIDER, BOOTSTRAP);

    @ArchTest
    static final ArchRule notifyDoesNotUseOtherAdapters = noClasses().that().resideInAPackage(NOTIFY)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, PROVIDER, BOOTSTRAP);

    @ArchTest
    static final ArchRule providerDoesNotUseOtherAdapters = noClasses().that().resideInAPackage(PROVIDER)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, NOTIFY, BOOTSTRAP);

    @ArchTest
    static final ArchRule theDomainAndApplicationDoNotReachOutward = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, NOTIFY, PROVIDER, BOOTSTRAP);

    /** Test jars of other modules (shared test builders) are on this classpath too; they are not main code. */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }
}
