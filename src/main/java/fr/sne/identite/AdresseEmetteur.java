package fr.sne.identite;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The issuer identifier of the embedded provider: {@code sne.securite.emetteur-local.emetteur} when set, else
 * {@code http://localhost:<port the server listens on>}, known only once the server has started (a random port
 * in the tests), hence read when needed.
 */
final class AdresseEmetteur {

    private final @Nullable String configuree;
    private final Environment environnement;

    AdresseEmetteur(@Nullable String configuree, Environment environnement) {
        this.configuree = configuree;
        this.environnement = environnement;
    }

    String valeur() {
        if (configuree != null && !configuree.isBlank()) {
            return configuree;
        }
        String port = environnement.getProperty("local.server.port", environnement.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
