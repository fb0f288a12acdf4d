package io.mediaplane;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The package rules of shared/ARCHITECTURE.md, as tests. Every {@code static final ArchRule} field
 * is checked by {@link #rules()} as a plain JUnit Jupiter test: ArchUnit's own JUnit engine was not
 * run by Surefire here ("Tests run: 0" even with a violation in place).
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mediaplane");

    @TestFactory
    Stream<DynamicTest> rules() {
        return Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ArchRule.class)
                .map(f -> DynamicTest.dynamicTest(f.getName(), () -> rule(f).check(PRODUCTION)));
    }

    private static ArchRule rule(Field field) throws IllegalAccessException {
        return (ArchRule) field.get(null);
    }

    static final ArchRule servicesDoNotImportEachOther = noClasses()
            .that()
            .resideInAPackage("io.mediaplane.mediaconnect..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mediaplane.mediastore..", "io.mediaplane.mediastore.data..")
            .because("services talk through neutral packages, not to each other");

    static final ArchRule onlyHttpTouchesJetty = noClasses()
            .that()
            .resideOutsideOfPackage("io.mediaplane.http..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.eclipse.jetty..");

    static final ArchRule protocolKnowsNoService = noClasses()
            .that()
            .resideInAPackage("io.mediaplane.protocol..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mediaplane.mediastore..", "io.mediaplane.mediaconnect..", "io.mediaplane.store..");

    static final ArchRule storeKnowsNoProtocolOrService = noClasses()
            .that()
            .resideInAPackage("io.mediaplane.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.mediaplane.protocol..",
                    "io.mediaplane.mediastore..",
                    "io.mediaplane.mediaconnect..",
                    "io.mediaplane.http..");

    static final ArchRule authIsPure = noClasses()
            .that()
            .resideInAPackage("io.mediaplane.auth..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.mediaplane.http..", "io.mediaplane.protocol..", "io.mediaplane.store..", "org.eclipse.jetty..");

    /** SigV4 verification depends on nothing but the JDK (policy documents may use Jackson). */
    static final ArchRule sigV4IsPureJdk = classes()
            .that()
            .resideInAPackage("io.mediaplane.auth")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.mediaplane.auth", "java..", "javax.crypto..");

    static final ArchRule handlersNeverSeeHttp = noClasses()
            .that()
            .resideInAnyPackage("io.mediaplane.mediastore..", "io.mediaplane.mediaconnect..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mediaplane.http..", "org.eclipse.jetty..");

    /** Parsing and muxing media is pure JDK code, usable by any service and testable alone. */
    static final ArchRule mediaIsPureJdk = classes()
            .that()
            .resideInAPackage("io.mediaplane.media..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.mediaplane.media..", "java..", "javax.crypto..");
}
