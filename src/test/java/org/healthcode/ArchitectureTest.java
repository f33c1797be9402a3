package org.healthcode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundaries between features. Each rule first checks that the packages it names hold classes, so a renamed
 * package makes the test fail instead of passing while checking nothing.
 */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of(
            "accounts",
            "appeals",
            "cards",
            "checkpoint",
            "codes",
            "declarations",
            "divisions",
            "facts",
            "identity",
            "labimport",
            "labresults",
            "login",
            "mycode",
            "portal",
            "privacy",
            "residents",
            "rules",
            "sampling",
            "status",
            "system",
            "venues");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.healthcode");
    }

    static List<String> features() {
        return FEATURES;
    }

    @ParameterizedTest
    @MethodSource("features")
    void each_named_feature_package_exists_and_has_classes(String feature) {
        assertThat(classes.stream().filter(type -> type.getPackageName().startsWith("org.healthcode." + feature)))
                .isNotEmpty();
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        SlicesRuleDefinition.slices()
                .matching("org.healthcode.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void the_domain_core_does_not_know_the_web_or_the_pages() {
        noClasses()
                .that()
                .resideInAnyPackage("org.healthcode.facts..", "org.healthcode.identity..", "org.healthcode.privacy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void colour_policies_are_pure_functions_of_facts_and_time_without_database_or_web() {
        classes()
                .that()
                .implement("org.healthcode.rules.ColourPolicy")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.healthcode.rules..", "org.healthcode.facts..", "org.healthcode.status..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void no_feature_uses_the_resident_portal_or_the_system_wiring() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.healthcode.portal..", "org.healthcode.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.healthcode.portal..", "org.healthcode.system..")
                .check(classes);
    }

    @Test
    void web_controllers_are_package_private_so_no_other_feature_can_reach_them() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void the_portal_composes_features_through_their_services_and_never_touches_the_database() {
        noClasses()
                .that()
                .resideInAPackage("org.healthcode.portal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }

    @Test
    void the_lab_import_is_a_client_that_reaches_the_server_only_over_http() {
        classes()
                .that()
                .resideInAPackage("org.healthcode.labimport..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.healthcode.labimport..",
                        "org.healthcode.identity..",
                        "picocli..",
                        "org.apache.commons.csv..",
                        "tools.jackson..")
                .allowEmptyShould(false)
                .check(classes);
    }
}
