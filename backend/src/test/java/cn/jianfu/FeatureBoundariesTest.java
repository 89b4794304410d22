package cn.jianfu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package-by-feature layout honest: the two chains never reach into each other, a
 * feature's internal delegates are its own, shared packages know nothing of the features, and
 * MyBatis mappers are used only by their own feature.
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
                .resideInAnyPackage("cn.jianfu.admission..", "cn.jianfu.clue..", "cn.jianfu.demo..")
                .check(CLASSES);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirFeature() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.jianfu.admission..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.jianfu.admission.internal..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.jianfu.clue..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.jianfu.clue.internal..")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("cn.jianfu.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
