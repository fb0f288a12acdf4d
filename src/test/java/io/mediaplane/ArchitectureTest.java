package io.mediaplane;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of shared/ARCHITECTURE.md, as tests. */
@AnalyzeClasses(packages = "io.mediaplane", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyHttpTouchesJetty = noClasses().that().resideOutsideOfPackage("io.mediaplane.http..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..");

    @ArchTest
    static final ArchRule protocolKnowsNoService = noClasses().that().resideInAPackage("io.mediaplane.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("io.mediaplane.mediastore..", "io.mediaplane.mediaconnect..",
                    "io.mediaplane.store..");

    @ArchTest
    static final ArchRule storeKnowsNoProtocolOrService = noClasses().that().resideInAPackage("io.mediaplane.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.mediaplane.protocol..", "io.mediaplane.mediastore..",
                    "io.mediaplane.mediaconnect..", "io.mediaplane.http..");

    @ArchTest
    static final ArchRule authIsPure = noClasses().that().resideInAPackage("io.mediaplane.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("io.mediaplane.http..", "io.mediaplane.protocol..",
                    "io.mediaplane.store..", "org.eclipse.jetty..");

    /** SigV4 verification depends on nothing but the JDK (policy documents may use Jackson). */
    @ArchTest
    static final ArchRule sigV4IsPureJdk = classes().that().resideInAPackage("io.mediaplane.auth")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.mediaplane.auth", "java..", "javax.crypto..");

    @ArchTest
    static final ArchRule handlersNeverSeeHttp = noClasses().that()
            .resideInAnyPackage("io.mediaplane.mediastore..", "io.mediaplane.mediaconnect..")
            .should().dependOnClassesThat().resideInAnyPackage("io.mediaplane.http..", "org.eclipse.jetty..");
}
