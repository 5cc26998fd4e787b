package fr.sne.guichet.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.guichet.ClientApiEnregistre;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.GuichetEnregistre;
import fr.sne.guichet.Habilitation;
import fr.sne.guichet.Guichets;

/** Guichets read from the {@code guichet} table. */
@Repository
public class JdbcGuichets implements Guichets {

    private final JdbcClient jdbc;

    JdbcGuichets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Guichet> parCode(String code) {
        return enregistre(code).map(GuichetEnregistre::guichet);
    }

    /** The stored guichet with its {@code actif} flag. */
    public Optional<GuichetEnregistre> enregistre(String code) {
        return enregistre(code, null);
    }

    /**
     * The stored guichet with its {@code actif} flag and the state and habilitations of the API client calling for
     * it, in one query (the security filter asks on every request, so that a revoked client or a withdrawn
     * habilitation is refused at once).
     */
    @Override
    public Optional<GuichetEnregistre> enregistre(String code, @Nullable String client) {
        if (code == null || code.length() != 5) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select g.code, g.nom, g.type, g.territoire, g.adresse_ligne1, g.adresse_ligne2, g.code_postal,
                       g.commune, g.telephone, g.actif, c.actif as client_actif,
                       array(select h.habilitation from client_api_habilitation h
                              where h.client_id = c.client_id) as habilitations
                  from guichet g
                  left join client_api c on c.client_id = :client
                 where g.code = :code
                """)
                .param("code", code)
                .param("client", client == null ? "" : client)
                .query((rs, i) -> new GuichetEnregistre(new Guichet(
                        rs.getString("code"), rs.getString("nom"), rs.getString("type"), rs.getString("territoire"),
                        Adresses.lignes(rs.getString("adresse_ligne1"), rs.getString("adresse_ligne2"),
                                rs.getString("code_postal"), rs.getString("commune")),
                        rs.getString("telephone")), rs.getBoolean("actif"),
                        rs.getObject("client_actif", Boolean.class), habilitations(rs.getArray("habilitations"))))
                .optional();
    }

    /** The stored codes as habilitations; a code this version does not know is ignored. */
    private static Set<Habilitation> habilitations(@Nullable Array codes) throws SQLException {
        return codes == null ? Set.of() : Habilitation.deCodes((String[]) codes.getArray());
    }

    /** The API client's state and territory; empty when {@code client_api} does not know it. */
    @Override
    public Optional<ClientApiEnregistre> client(String client) {
        return jdbc.sql("select actif, territoire from client_api where client_id = :client")
                .param("client", client)
                .query((rs, i) -> new ClientApiEnregistre(rs.getBoolean("actif"), rs.getString("territoire")))
                .optional();
    }
}
