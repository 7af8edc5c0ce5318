package com.arizon.chat.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application's classes keep the code-organisation rules (README, How the code is organised). */
class ArchitectureTest {

    private static final String ROOT = "com.arizon.chat";

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noCyclesBetweenFeatures() {
        ArchitectureRules.noCyclesBetweenFeatures(ROOT).check(application);
    }

    @Test
    void featuresDependDownwards() {
        ArchitectureRules.featuresDependDownwards(ROOT, ArchitectureRules.FEATURES)
                .forEach(rule -> rule.check(application));
    }

    @Test
    void controlAndEntityIndependentOfBoundaryAndJaxRs() {
        ArchitectureRules.controlAndEntityIndependentOfBoundaryAndJaxRs(ROOT).check(application);
    }

    @Test
    void platformIndependentOfFeatures() {
        ArchitectureRules.platformIndependentOfFeatures(ROOT, ArchitectureRules.FEATURES).check(application);
    }

    @Test
    void platformApiIndependentOfJaxRs() {
        ArchitectureRules.platformApiIndependentOfJaxRs(ROOT).check(application);
    }

    @Test
    void failuresTranslatedOnlyByThePlatform() {
        ArchitectureRules.failuresTranslatedOnlyByThePlatform(ROOT).check(application);
    }

    @Test
    void socketIoOnlyThroughGateway() {
        ArchitectureRules.socketIoOnlyThroughGateway(ROOT).check(application);
    }
}
