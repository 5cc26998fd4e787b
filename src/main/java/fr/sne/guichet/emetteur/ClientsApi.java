package fr.sne.guichet.emetteur;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** API clients ({@code client_api}) and the check of their secret. */
@Repository
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
class ClientsApi {

    /** An authenticated client and its guichet. */
    record ClientAuthentifie(String clientId, String codeGuichet, String territoire, boolean guichetActif) {
    }

    private record Ligne(String clientId, String secretHash, String codeGuichet, String territoire,
            boolean guichetActif) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encodeur;
    /** Hash compared when the client is unknown, so that the answer takes the same time. */
    private final String hashLeurre;

    ClientsApi(JdbcClient jdbc, PasswordEncoder encodeur) {
        this.jdbc = jdbc;
        this.encodeur = encodeur;
        this.hashLeurre = encodeur.encode("leurre-" + System.nanoTime());
    }

    /** The active client with this id and secret, if any. */
    Optional<ClientAuthentifie> authentifier(String clientId, String secret) {
        Optional<Ligne> ligne = jdbc.sql("""
                select c.client_id, c.secret_hash, c.guichet_code, g.territoire, g.actif as guichet_actif
                  from client_api c
                  join guichet g on g.code = c.guichet_code
                 where c.client_id = :id and c.actif
                """)
                .param("id", clientId)
                .query((rs, i) -> new Ligne(rs.getString("client_id"), rs.getString("secret_hash"),
                        rs.getString("guichet_code"), rs.getString("territoire"), rs.getBoolean("guichet_actif")))
                .optional();
        if (ligne.isEmpty()) {
            encodeur.matches(secret, hashLeurre);
            return Optional.empty();
        }
        Ligne l = ligne.get();
        if (!encodeur.matches(secret, l.secretHash())) {
            return Optional.empty();
        }
        return Optional.of(new ClientAuthentifie(l.clientId(), l.codeGuichet(), l.territoire(), l.guichetActif()));
    }
}
