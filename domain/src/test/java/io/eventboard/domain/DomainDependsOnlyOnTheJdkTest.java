package io.eventboard.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain is pure Java: its main code sees the JDK and itself, nothing else. */
class DomainDependsOnlyOnTheJdkTest {

    private static final ArchRule ONLY_JDK_AND_DOMAIN = classes()
            .that().resideInAPackage("io.eventboard.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.eventboard.domain..")
            .because("the domain depends on nothing but the JDK (ARCHITECTURE.md)");

    private static JavaClasses mainCode;

    @BeforeAll
    static void importMainCode() {
        mainCode = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.eventboard.domain");
    }

    @Test
    void domainMainCodeDependsOnlyOnTheJdkAndItself() {
        ONLY_JDK_AND_DOMAIN.check(mainCode);
    }

    @Test
    void theImportHoldsTheDomainButNoTestClass() {
        assertThat(mainCode.contain(io.eventboard.domain.event.Event.class)).isTrue();
        assertThat(mainCode.containPackage("io.eventboard.domain.testdata")).isFalse();
        assertThat(mainCode.contain(DomainDependsOnlyOnTheJdkTest.class)).isFalse();
    }

    @Test
    void theRuleFailsWhenItChecksNoClassAtAll() {
        assertThatThrownBy(() -> ONLY_JDK_AND_DOMAIN.check(new ClassFileImporter().importClasses()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
