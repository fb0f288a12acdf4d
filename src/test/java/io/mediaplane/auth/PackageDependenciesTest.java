package io.mediaplane.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** io.mediaplane.auth is pure JDK: no HTTP server, JSON or other library, and nothing else of Mediaplane. */
class PackageDependenciesTest {

    @Test
    void authDependsOnlyOnTheJdk() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mediaplane.auth");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.mediaplane.auth", "java..", "javax.crypto..")
                .check(main);
    }
}
