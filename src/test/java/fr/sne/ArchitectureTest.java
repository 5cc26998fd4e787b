package fr.sne;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modular monolith's boundaries: each top-level package is a module, other modules reach only its
 * top-level (API) types, and there is no cycle between modules; inside a module, the layers depend inwards only.
 */
class ArchitectureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SneApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.sne");

    @Test
    void les_modules_respectent_leurs_frontieres() {
        MODULES.verify();
    }

    @Test
    void le_domaine_ne_depend_ni_de_spring_ni_de_la_base() {
        noClasses().that().resideInAPackage("fr.sne..domaine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "..infrastructure..", "..web..", "..application..")
                .check(CLASSES);
    }

    /**
     * In every module that has layers: {@code domaine} depends on nothing else of its module; {@code application}
     * not on {@code web}, nor on {@code infrastructure} (its use cases declare ports, which {@code infrastructure}
     * implements: the one way in which {@code infrastructure} depends on {@code application}), in every module,
     * {@code demande} included; {@code infrastructure} not on {@code web}; {@code web} not on
     * {@code infrastructure} (it goes through the use cases).
     */
    @Test
    void les_couches_de_chaque_module_dependent_vers_l_interieur() {
        MODULES.forEach(module -> {
            String base = module.getBasePackage().getName();
            noClasses().that().resideInAPackage(base + ".domaine..")
                    .should().dependOnClassesThat(resideInAPackage(base + "..")
                            .and(not(resideInAPackage(base + ".domaine.."))))
                    .allowEmptyShould(true).check(CLASSES);
            noClasses().that().resideInAPackage(base + ".application..")
                    .should().dependOnClassesThat(resideInAPackage(base + ".web.."))
                    .allowEmptyShould(true).check(CLASSES);
            noClasses().that().resideInAPackage(base + ".application..")
                    .should().dependOnClassesThat(resideInAPackage(base + ".infrastructure.."))
                    .allowEmptyShould(true).check(CLASSES);
            noClasses().that().resideInAPackage(base + ".infrastructure..")
                    .should().dependOnClassesThat(resideInAPackage(base + ".web.."))
                    .allowEmptyShould(true).check(CLASSES);
            noClasses().that().resideInAPackage(base + ".web..")
                    .should().dependOnClassesThat(resideInAPackage(base + ".infrastructure.."))
                    .allowEmptyShould(true).check(CLASSES);
        });
    }

    /**
     * The demande's nightly pass ({@code traitement}) chooses which demandes and hands them to the door for batches
     * through its port ({@code application.port.PorteDesLots}), as the use cases do: never a concrete
     * {@code infrastructure} class.
     */
    @Test
    void le_traitement_de_nuit_passe_par_les_ports() {
        noClasses().that().resideInAPackage("fr.sne.demande.traitement..")
                .should().dependOnClassesThat().resideInAPackage("fr.sne.demande.infrastructure..")
                .check(CLASSES);
    }

    /** The module map (PlantUML, under target/spring-modulith-docs) names every module and its dependencies. */
    @Test
    void la_carte_des_modules_est_documentee() throws java.io.IOException {
        java.nio.file.Path dossier = java.nio.file.Path.of("target", "spring-modulith-docs");
        java.nio.file.Path carte = dossier.resolve("components.puml");
        java.nio.file.Files.deleteIfExists(carte);

        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        String plantUml = java.nio.file.Files.readString(carte);
        MODULES.forEach(module -> {
            org.assertj.core.api.Assertions.assertThat(plantUml).contains(module.getDisplayName());
            org.assertj.core.api.Assertions.assertThat(dossier.resolve("module-" + module.getIdentifier() + ".puml"))
                    .exists();
        });
        org.assertj.core.api.Assertions.assertThat(plantUml).contains("Rel(");
    }
}
