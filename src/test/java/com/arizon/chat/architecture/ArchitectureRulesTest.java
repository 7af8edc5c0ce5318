package com.arizon.chat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureRules} fails on the fixture application that breaks it, naming the culprit. */
class ArchitectureRulesTest {

    private static final String ROOT = "com.arizon.chat.architecture.fixture";
    private static final List<String> FEATURES = List.of("alpha", "beta", "realtime");

    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(ROOT);
    }

    @Test
    void aCycleBetweenFeaturesFails() {
        assertThat(violations(ArchitectureRules.noCyclesBetweenFeatures(ROOT)))
                .containsPattern("Cycle detected: alpha ->\\s+beta ->\\s+alpha");
    }

    @Test
    void aDependencyOnAHigherFeatureFails() {
        String report = ArchitectureRules.featuresDependDownwards(ROOT, FEATURES).stream()
                .map(ArchitectureRulesTest::violations)
                .reduce("", String::concat);
        assertThat(report).contains("AlphaService.higherFeature> has type <" + ROOT + ".beta.control.BetaService>")
                .doesNotContain("BetaService.lowerFeature");
    }

    @Test
    void controlUsingABoundaryOrJaxRsFails() {
        assertThat(violations(ArchitectureRules.controlAndEntityIndependentOfBoundaryAndJaxRs(ROOT)))
                .contains("AlphaService.boundary> has type <" + ROOT + ".alpha.boundary.AlphaResource>")
                .contains("AlphaService.jaxRs> has type <jakarta.ws.rs.core.Response>")
                .contains("AlphaService.restProvider> has type <" + ROOT + ".platform.RestMapper>");
    }

    @Test
    void thePlatformUsingAFeatureFails() {
        assertThat(violations(ArchitectureRules.platformIndependentOfFeatures(ROOT, FEATURES)))
                .contains("PlatformHelper.knowsAFeature()> has return type <" + ROOT + ".alpha.entity.AlphaEntity>");
    }

    @Test
    void theTransportNeutralApiUsingJaxRsFails() {
        assertThat(violations(ArchitectureRules.platformApiIndependentOfJaxRs(ROOT)))
                .contains("ErrorBody.response> has type <jakarta.ws.rs.core.Response>");
    }

    @Test
    void translatingFailuresOutsideThePlatformFails() {
        assertThat(violations(ArchitectureRules.failuresTranslatedOnlyByThePlatform(ROOT)))
                .contains("Failures.ownTranslation> has type <" + ROOT + ".platform.api.BodyErrors>")
                .doesNotContain("RestMapperOfBodies");
    }

    @Test
    void socketIoBypassingTheGatewayFails() {
        assertThat(violations(ArchitectureRules.socketIoOnlyThroughGateway(ROOT)))
                .contains("SocketIoTransport.otherTransport> has type <" + ROOT + ".realtime.boundary.NativeEndpoint>")
                .contains("SocketIoTransport.service> has type <" + ROOT + ".beta.control.BetaService>")
                .doesNotContain("SocketIoTransport.gateway>");
    }

    private static String violations(ArchRule rule) {
        return String.join("\n", rule.evaluate(fixture).getFailureReport().getDetails());
    }
}
