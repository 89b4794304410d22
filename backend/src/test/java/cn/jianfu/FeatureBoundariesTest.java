package cn.jianfu;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.ibatis.annotations.Mapper;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package-by-feature layout honest: the two chains never reach into each other, shared
 * packages and the read-only monitor know nothing of the features, what the engine calls stays
 * package-private inside its feature, MyBatis mappers are used only by their own package, and
 * there are no cycles.
 */
class FeatureBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jianfu");

    @Test
    void theTwoChainsDoNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("cn.jianfu.admission..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.jianfu.clue..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("cn.jianfu.clue..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.jianfu.admission..")
                .check(CLASSES);
    }

    @Test
    void sharedPackagesKnowNothingOfTheFeatures() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "cn.jianfu.common..",
                        "cn.jianfu.workflow..",
                        "cn.jianfu.audit..",
                        "cn.jianfu.attachment..",
                        "cn.jianfu.org..",
                        "cn.jianfu.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.jianfu.admission..", "cn.jianfu.clue..", "cn.jianfu.monitor..", "cn.jianfu.demo..")
                .check(CLASSES);
    }

    /** The burden meter reads the list with its own SQL; admission asks it for projections, never the reverse. */
    @Test
    void theBurdenMeterDoesNotDependOnTheFeatures() {
        noClasses()
                .that()
                .resideInAPackage("cn.jianfu.burden..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.jianfu.admission..", "cn.jianfu.clue..", "cn.jianfu.monitor..", "cn.jianfu.demo..")
                .check(CLASSES);
    }

    /** The monitor reads the tables with its own SQL; the features tell it their labels through its interface. */
    @Test
    void theMonitorDoesNotDependOnTheFeatures() {
        noClasses()
                .that()
                .resideInAPackage("cn.jianfu.monitor..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.jianfu.admission..", "cn.jianfu.clue..", "cn.jianfu.demo..")
                .check(CLASSES);
    }

    /**
     * Delegates and task listeners are package-private, and the engine callbacks they call
     * ({@code ClueSteps}, {@code AdmissionSteps}) are called by nothing else: no public method of a
     * chain exists only for the engine.
     */
    @Test
    void engineCallbacksStayInsideTheirFeature() {
        classes()
                .that()
                .implement(JavaDelegate.class)
                .or()
                .implement(TaskListener.class)
                .should()
                .notBePublic()
                .check(CLASSES);
        classes()
                .that()
                .haveSimpleNameEndingWith("Steps")
                .should()
                .notBePublic()
                .andShould()
                .onlyBeAccessed()
                .byClassesThat(implement(JavaDelegate.class)
                        .or(implement(TaskListener.class))
                        .or(simpleNameEndingWith("Steps")))
                .check(CLASSES);
    }

    @Test
    void mappersAreUsedOnlyInTheirOwnPackage() {
        classes().that().areAnnotatedWith(Mapper.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("cn.jianfu.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
