package fr.sne.identite;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.api.ConvertisseurJetonGuichet;

/**
 * The API clients of {@code client_api} (client credentials grant), read as Spring Authorization Server's
 * registered clients, a guichet client's scopes being its habilitations of {@code client_api_habilitation} (ADR
 * 0017, written by the guichet module's administration), and the life of their secrets: rotation (the previous secret stays valid for a while, in
 * {@code client_api_secret}) and revocation ({@code actif = false}). A revoked client is not found, so it gets no
 * new token; its tokens already issued are refused by the resource server, which reads the same flag on every call.
 */
class ClientsApi {

    /**
     * Client settings carrying the client's guichet, its territory (its guichet's; an administration client's own,
     * {@code client_api.territoire}) and whether it is active.
     */
    static final String GUICHET = "sne.guichet";
    static final String TERRITOIRE = "sne.territoire";
    static final String GUICHET_ACTIF = "sne.guichet-actif";

    /** An active client as stored, with every secret hash it may use now (current first). */
    record ClientEnregistre(RegisteredClient client, List<String> hashesSecrets) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encodeur;
    private final Duration dureeJeton;

    ClientsApi(JdbcClient jdbc, PasswordEncoder encodeur, Duration dureeJeton) {
        this.jdbc = jdbc;
        this.encodeur = encodeur;
        this.dureeJeton = dureeJeton;
    }

    /** The active client with this id, with its current secret and the previous ones not yet expired. */
    Optional<ClientEnregistre> charger(String clientId) {
        return jdbc.sql("""
                select c.client_id, c.secret_hash, c.guichet_code, c.portee,
                       coalesce(g.territoire, c.territoire) as territoire,
                       coalesce(g.actif, false) as guichet_actif,
                       array(select h.habilitation from client_api_habilitation h
                              where h.client_id = c.client_id order by h.habilitation) as habilitations,
                       array(select s.secret_hash from client_api_secret s
                              where s.client_id = c.client_id and s.expire_le > now()
                              order by s.created_at desc) as anciens_secrets
                  from client_api c
                  left join guichet g on g.code = c.guichet_code
                 where c.client_id = :id and c.actif
                """)
                .param("id", clientId)
                .query((rs, i) -> {
                    List<String> hashes = new ArrayList<>();
                    hashes.add(rs.getString("secret_hash"));
                    hashes.addAll(texte(rs.getArray("anciens_secrets")));
                    return new ClientEnregistre(client(rs.getString("client_id"), rs.getString("secret_hash"),
                            rs.getString("portee"), rs.getString("guichet_code"), rs.getString("territoire"),
                            rs.getBoolean("guichet_actif"), texte(rs.getArray("habilitations"))),
                            List.copyOf(hashes));
                })
                .optional();
    }

    /**
     * Gives the client a new secret; the current one stays valid for {@code chevauchement}, so that every
     * instance of the client's software can switch over.
     *
     * @return false when the client does not exist
     */
    @Transactional
    boolean changerSecret(String clientId, String nouveauSecret, Duration chevauchement) {
        int anciens = jdbc.sql("""
                insert into client_api_secret (client_id, secret_hash, expire_le)
                select client_id, secret_hash, now() + make_interval(secs => :secondes)
                  from client_api where client_id = :id
                on conflict do nothing
                """)
                .param("id", clientId).param("secondes", (double) chevauchement.toSeconds())
                .update();
        if (anciens == 0) {
            return false;
        }
        jdbc.sql("update client_api set secret_hash = :hash where client_id = :id")
                .param("id", clientId).param("hash", encodeur.encode(nouveauSecret))
                .update();
        return true;
    }

    /** Revokes the client: no new token, and its tokens already issued are refused from their next call. */
    boolean revoquer(String clientId) {
        return jdbc.sql("update client_api set actif = false where client_id = :id").param("id", clientId)
                .update() == 1;
    }

    /**
     * @param habilitations a guichet client's habilitations (ADR 0017): the scopes it may be granted, all of them
     *                      when it asks for none ({@link ScopesParDefaut}); asking for another is invalid_scope
     */
    private RegisteredClient client(String clientId, String hash, String portee, @Nullable String guichet,
            @Nullable String territoire, boolean guichetActif, List<String> habilitations) {
        boolean administration = "ADMINISTRATION".equals(portee);
        boolean exploitation = administration || "EXPLOITATION".equals(portee);
        ClientSettings.Builder reglages = ClientSettings.builder().requireProofKey(false)
                .requireAuthorizationConsent(false)
                .setting(GUICHET_ACTIF, exploitation || guichetActif);
        if (guichet != null && !exploitation) {
            reglages.setting(GUICHET, guichet);
            if (territoire != null) {
                reglages.setting(TERRITOIRE, territoire);
            }
        } else if (administration && territoire != null) {
            // a gestionnaire territorial's client; none for the national administrator's
            reglages.setting(TERRITOIRE, territoire);
        }
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(hash)
                .clientAuthenticationMethods(methodes -> methodes.addAll(Set.of(
                        ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST)))
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> {
                    if (administration) {
                        scopes.add(ConvertisseurJetonGuichet.SCOPE_ADMINISTRATION);
                    } else if (exploitation) {
                        scopes.add(ConvertisseurJetonGuichet.SCOPE_EXPLOITATION);
                    } else {
                        scopes.addAll(habilitations);
                    }
                })
                .clientSettings(reglages.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(dureeJeton)
                        .build())
                .build();
    }

    private static List<String> texte(@Nullable Array tableau) throws SQLException {
        if (tableau == null) {
            return List.of();
        }
        return List.of((String[]) tableau.getArray());
    }
}
