package fr.sne;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modular monolith's boundaries: each top-level package is a module, other modules reach only its
 * top-level (API) types, and there is no cycle between modules.
 */
class ArchitectureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SneApplication.class);

    @Test
    void les_modules_respectent_leurs_frontieres() {
        MODULES.verify();
    }

    @Test
    void la_carte_des_modules_est_documentee() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
