package fr.sne.portail.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import fr.sne.portail.domaine.DerivationCodes;

/**
 * The key the personal codes are derived with ({@code sne.portail.code-personnel.cle}, at least 32 characters, the
 * same on every instance, kept as long as codes printed with it should work). The demo's key is public: refused in
 * production.
 */
@Configuration(proxyBeanMethods = false)
class ReglagesCodesPersonnels {

    /** The local run's and the tests' key: public, refused in production. */
    static final String CLE_DEMONSTRATION = "cle-de-demonstration-des-codes-personnels-sne";

    @Bean
    DerivationCodes derivationCodes(@Value("${sne.portail.code-personnel.cle:" + CLE_DEMONSTRATION + "}") String cle,
            Environment environnement) {
        if (environnement.matchesProfiles("prod") && CLE_DEMONSTRATION.equals(cle)) {
            throw new IllegalStateException("sne.portail.code-personnel.cle (SNE_PORTAIL_CLE_CODES) : la clé de "
                    + "démonstration est refusée en production.");
        }
        return new DerivationCodes(cle);
    }
}
