package fr.sne.guichet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.Agent;
import fr.sne.guichet.Agents;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.GuichetEnregistre;

/** Agents' accounts read from {@code compte_agent}, with their guichet and their profiles in the same query. */
@Repository
class JdbcAgents implements Agents {

    private static final String SELECTION = """
            select a.identifiant, a.nom, a.courriel, a.role, a.actif, coalesce(a.territoire, g.territoire) as territoire,
                   g.code, g.nom as guichet_nom, g.type, g.territoire as guichet_territoire, g.adresse_ligne1,
                   g.adresse_ligne2, g.code_postal, g.commune, g.telephone, g.actif as guichet_actif,
                   array(select p.profil from compte_agent_profil p where p.identifiant = a.identifiant) as profils
              from compte_agent a
              left join guichet g on g.code = a.guichet_code
            """;

    private final JdbcClient jdbc;

    JdbcAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Agent> parIdentifiant(String identifiant) {
        return jdbc.sql(SELECTION + " where a.identifiant = :cle").param("cle", identifiant).query(JdbcAgents::lire)
                .optional();
    }

    @Override
    public Optional<Agent> parCourriel(String courriel) {
        return jdbc.sql(SELECTION + " where lower(a.courriel) = lower(:cle)").param("cle", courriel)
                .query(JdbcAgents::lire).optional();
    }

    private static Agent lire(ResultSet rs, int ligne) throws SQLException {
        GuichetEnregistre guichet = rs.getString("code") == null ? null
                : new GuichetEnregistre(new Guichet(rs.getString("code"), rs.getString("guichet_nom"),
                        rs.getString("type"), rs.getString("guichet_territoire"),
                        Adresses.lignes(rs.getString("adresse_ligne1"), rs.getString("adresse_ligne2"),
                                rs.getString("code_postal"), rs.getString("commune")),
                        rs.getString("telephone")), rs.getBoolean("guichet_actif"), null);
        return new Agent(rs.getString("identifiant"), rs.getString("nom"), rs.getString("courriel"),
                rs.getString("role"), guichet, rs.getString("territoire"), rs.getBoolean("actif"),
                Profil.deCodes((String[]) rs.getArray("profils").getArray()));
    }
}
