package fr.sne.identite;

import org.springframework.core.env.Environment;

import fr.sne.api.SecuriteProperties;

/**
 * The issuer identifier of the embedded provider, fixed by the settings
 * ({@link SecuriteProperties.EmetteurLocal#adresse}): {@code sne.securite.emetteur-local.emetteur} when set, else
 * {@code http://localhost:<port the server listens on>}. Never derived from a request, so a {@code Host} header
 * changes neither the discovery documents nor the tokens, and a token asked under any host name is this issuer's.
 */
final class AdresseEmetteur {

    private final SecuriteProperties.EmetteurLocal reglages;
    private final Environment environnement;

    AdresseEmetteur(SecuriteProperties.EmetteurLocal reglages, Environment environnement) {
        this.reglages = reglages;
        this.environnement = environnement;
    }

    String valeur() {
        return reglages.adresse(environnement);
    }
}
