package fr.sne.guichet.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.guichet.Guichet;
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
        if (code == null || code.length() != 5) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select code, nom, type, territoire, adresse_ligne1, adresse_ligne2, code_postal, commune,
                       telephone, actif
                  from guichet
                 where code = :code
                """)
                .param("code", code)
                .query((rs, i) -> new GuichetEnregistre(new Guichet(
                        rs.getString("code"), rs.getString("nom"), rs.getString("type"), rs.getString("territoire"),
                        Adresses.lignes(rs.getString("adresse_ligne1"), rs.getString("adresse_ligne2"),
                                rs.getString("code_postal"), rs.getString("commune")),
                        rs.getString("telephone")), rs.getBoolean("actif")))
                .optional();
    }
}
