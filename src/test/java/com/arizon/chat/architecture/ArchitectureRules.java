package com.arizon.chat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The code-organisation rules of the README, for the application under {@code root} (a parameter, so
 * {@code ArchitectureRulesTest} can show each rule failing on a fixture that breaks it).
 */
final class ArchitectureRules {

    /** The feature packages, each depending only on those before it (README, How the code is organised). */
    static final List<String> FEATURES = List.of("security", "user", "moderation", "room", "message", "realtime");

    /** What the Socket.IO transport may use of the real-time feature: the gateway and the types it speaks in. */
    static final Set<String> GATEWAY = Set.of("RealtimeGateway", "Connection", "OutboundEvent", "Transport",
            "CloseCause", "RealtimeWorkers", "RealtimeSettings");

    private ArchitectureRules() {
    }

    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("dependencies between features run one way");
    }

    /** A feature uses only the platform and the features listed before it. */
    static List<ArchRule> featuresDependDownwards(String root, List<String> featuresLowestFirst) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < featuresLowestFirst.size() - 1; i++) {
            List<String> higher = featuresLowestFirst.subList(i + 1, featuresLowestFirst.size());
            rules.add(noClasses().that().resideInAPackage(root + "." + featuresLowestFirst.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(root, higher))
                    .because("features depend only on those listed before them: " + featuresLowestFirst));
        }
        return rules;
    }

    static ArchRule controlAndEntityIndependentOfBoundaryAndJaxRs(String root) {
        return noClasses().that().resideInAnyPackage(root + "..control..", root + "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..boundary..", "jakarta.ws.rs..")
                .orShould().dependOnClassesThat(areJaxRsProviders())
                .because("services and entities serve every transport alike");
    }

    static ArchRule platformIndependentOfFeatures(String root, List<String> features) {
        return noClasses().that().resideInAPackage(root + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(root, features))
                .because("the platform serves every feature and knows none");
    }

    static ArchRule platformApiIndependentOfJaxRs(String root) {
        return noClasses().that().resideInAnyPackage(root + ".platform.api..", root + ".platform.paging..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("errors, the envelope and paging serve the real-time transports too;"
                        + " the JAX-RS providers live in platform.rest");
    }

    static ArchRule failuresTranslatedOnlyByThePlatform(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".platform..")
                .should().dependOnClassesThat().haveFullyQualifiedName(root + ".platform.api.BodyErrors")
                .because("features and transports turn a failure into the contract's error with ChatException.from,"
                        + " so that it reads the same on REST, native WebSocket and Socket.IO");
    }

    static ArchRule socketIoOnlyThroughGateway(String root) {
        String socketIo = root + ".realtime.socketio..";
        return classes().that().resideInAPackage(socketIo)
                .should().onlyDependOnClassesThat(
                        JavaClass.Predicates.resideOutsideOfPackage(root + "..")
                                .or(JavaClass.Predicates.resideInAnyPackage(socketIo, root + ".platform.."))
                                .or(isGatewayType(root + ".realtime.control")))
                .because("the Socket.IO transport reaches the rest of the application only through the"
                        + " real-time gateway");
    }

    private static DescribedPredicate<JavaClass> isGatewayType(String gatewayPackage) {
        return DescribedPredicate.describe("belong to the real-time gateway " + GATEWAY,
                type -> type.getPackageName().equals(gatewayPackage)
                        && GATEWAY.contains(type.getName().substring(gatewayPackage.length() + 1).split("\\$")[0]));
    }

    private static DescribedPredicate<JavaClass> areJaxRsProviders() {
        return DescribedPredicate.describe("are JAX-RS providers",
                type -> type.isAnnotatedWith("jakarta.ws.rs.ext.Provider")
                        || type.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith("jakarta.ws.rs")));
    }

    private static String[] packagesOf(String root, List<String> features) {
        return features.stream().map(feature -> root + "." + feature + "..").toArray(String[]::new);
    }
}
