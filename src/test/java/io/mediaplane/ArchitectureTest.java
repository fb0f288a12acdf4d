package io.mediaplane;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The package rules of docs/architecture.md, as tests, written once over the list of service
 * packages. Each rule is checked against the production classes, and against the planted
 * violations in {@code io.mediaplane.archfixtures} (a miniature of the same layout, test classes
 * only), where it must report its fixture: a rule that cannot fail is no rule. Plain JUnit Jupiter
 * tests: ArchUnit's own JUnit engine was not run by Surefire here ("Tests run: 0" even with a
 * violation in place).
 */
class ArchitectureTest {
    /** Every service: a new service adds its package name here and nowhere else in this file. */
    static final List<String> SERVICES =
            List.of("mediastore", "mediaconnect", "s3", "secretsmanager", "mediapackagevod", "mediatailor");

    /** Layers that serve every service and so must know none. */
    static final List<String> NEUTRAL =
            List.of("http", "protocol", "auth", "store", "aws", "media", "observe", "config", "module");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mediaplane");

    private static final String FIXTURE_ROOT = "io.mediaplane.archfixtures";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE_ROOT);

    /** The planted violation each rule must report, by simple class name. */
    private static final Map<String, String> PLANTED = Map.ofEntries(
            Map.entry("servicesDoNotImportEachOther", "mediastore.ReachesIntoMediaConnect"),
            Map.entry("handlersNeverSeeHttp", "mediaconnect.HandlerSeesHttp"),
            Map.entry("mediaIsPureJdk", "media.UsesJackson"),
            Map.entry("protocolKnowsNoService", "protocol.KnowsAService"),
            Map.entry("neutralPackagesKnowNoService", "protocol.KnowsAService"),
            Map.entry("storeKnowsNoProtocolOrService", "store.KnowsProtocol"),
            Map.entry("onlyHttpTouchesJetty", "observe.TouchesJetty"),
            Map.entry("authIsPure", "auth.policy.KnowsStore"),
            Map.entry("sigV4IsPureJdk", "auth.SigV4UsesSlf4j"),
            Map.entry("awsIsPureJdk", "aws.KnowsHttp"));

    @TestFactory
    Stream<DynamicTest> productionKeepsEveryRule() {
        return rules("io.mediaplane").entrySet().stream()
                .map(r -> DynamicTest.dynamicTest(r.getKey(), () -> r.getValue().check(PRODUCTION)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleReportsItsPlantedViolation() {
        Map<String, ArchRule> rules = rules(FIXTURE_ROOT);
        assertTrue(rules.keySet().equals(PLANTED.keySet()), "every rule has a planted violation: " + rules.keySet());
        return rules.entrySet().stream()
                .map(r -> DynamicTest.dynamicTest(r.getKey(), () -> {
                    EvaluationResult result = r.getValue().evaluate(FIXTURES);
                    String report = String.join("\n", result.getFailureReport().getDetails());
                    String planted = FIXTURE_ROOT + "." + PLANTED.get(r.getKey());
                    assertTrue(
                            report.contains(planted + ">") || report.contains(planted + "."),
                            r.getKey() + ": " + report);
                    assertTrue(!report.contains("UsesItsService"), "a sub-package may use its own service: " + report);
                }));
    }

    /** The rules, for the classes under {@code root} (production, or the fixtures' miniature). */
    static Map<String, ArchRule> rules(String root) {
        String[] services = packages(root, SERVICES);
        String http = root + ".http..";
        String jetty = "org.eclipse.jetty..";
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put(
                "servicesDoNotImportEachOther",
                classes()
                        .that()
                        .resideInAnyPackage(services)
                        .should(notDependOnAnotherService(root))
                        .because("a service uses its own sub-packages and neutral packages, never another service"));
        rules.put(
                "handlersNeverSeeHttp",
                noClasses()
                        .that()
                        .resideInAnyPackage(services)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(http, jetty)
                        .because("handlers get a RequestContext and a typed input, never the exchange"));
        rules.put(
                "mediaIsPureJdk",
                classes()
                        .that()
                        .resideInAPackage(root + ".media..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(
                                root + ".media..",
                                "java..",
                                "javax.crypto..",
                                "javax.xml..",
                                "org.w3c.dom..",
                                "org.xml.sax..")
                        .because("format code (parsing, muxing, encryption) depends on the JDK only; XML through"
                                + " the JDK's DOM"));
        rules.put(
                "protocolKnowsNoService",
                noClasses()
                        .that()
                        .resideInAPackage(root + ".protocol..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(concat(services, root + ".store..")));
        rules.put(
                "neutralPackagesKnowNoService",
                noClasses()
                        .that()
                        .resideInAnyPackage(packages(root, NEUTRAL))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(services));
        rules.put(
                "storeKnowsNoProtocolOrService",
                noClasses()
                        .that()
                        .resideInAPackage(root + ".store..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(concat(services, root + ".protocol..", http)));
        rules.put(
                "onlyHttpTouchesJetty",
                noClasses()
                        .that()
                        .resideOutsideOfPackage(http)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(jetty));
        rules.put(
                "authIsPure",
                noClasses()
                        .that()
                        .resideInAPackage(root + ".auth..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(concat(services, http, root + ".protocol..", root + ".store..", jetty)));
        rules.put(
                "sigV4IsPureJdk", // policy documents (auth.policy) may use Jackson
                classes()
                        .that()
                        .resideInAPackage(root + ".auth")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(root + ".auth", root + ".aws", "java..", "javax.crypto.."));
        rules.put(
                "awsIsPureJdk", // so that every layer, SigV4 included, may use the shared AWS conventions
                classes()
                        .that()
                        .resideInAPackage(root + ".aws..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(root + ".aws..", "java..", "javax.crypto.."));
        return rules;
    }

    /** A dependency from one service's packages to another's (its own sub-packages are its own). */
    private static ArchCondition<JavaClass> notDependOnAnotherService(String root) {
        return new ArchCondition<>("not depend on another service") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = serviceOf(root, origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = serviceOf(root, d.getTargetClass());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> serviceOf(String root, JavaClass c) {
        String pkg = c.getPackageName();
        return SERVICES.stream()
                .filter(s -> pkg.equals(root + "." + s) || pkg.startsWith(root + "." + s + "."))
                .findFirst();
    }

    private static String[] packages(String root, List<String> names) {
        return names.stream().map(n -> root + "." + n + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
