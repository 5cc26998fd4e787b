package fr.sne.attribution.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.domaine.Financement;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;

/** The dwellings ({@code logement}) and designations ({@code designation}). */
@Repository
class JdbcLogements implements Logements {

    private static final String COLONNES = """
            l.id, l.bailleur_siren, l.guichet, l.territoire, l.identifiant_rpls, l.adresse, l.code_commune,
            l.typologie, l.surface, l.loyer, l.financement, l.qpv, l.adapte_handicap, l.reservataire_id, l.declare_le,
            exists (select 1 from bail b where b.logement_id = l.id) as bail_signe""";

    private final JdbcClient jdbc;

    JdbcLogements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long declarer(NouveauLogement l, Instant le) {
        return jdbc.sql("""
                insert into logement (bailleur_siren, guichet, territoire, identifiant_rpls, adresse, code_commune,
                                      typologie, surface, loyer, financement, qpv, adapte_handicap, reservataire_id,
                                      declare_le)
                values (:siren, :guichet, :territoire, :rpls, :adresse, :commune, :typologie, :surface, :loyer,
                        :financement, :qpv, :adapte, :reservataire, :le)
                returning id""")
                .param("siren", l.bailleurSiren()).param("guichet", l.guichet()).param("territoire", l.territoire())
                .param("rpls", l.identifiantRpls()).param("adresse", l.adresse()).param("commune", l.codeCommune())
                .param("typologie", l.typologie()).param("surface", l.surface()).param("loyer", l.loyer())
                .param("financement", l.financement().name()).param("qpv", l.qpv())
                .param("adapte", l.adapteHandicap()).param("reservataire", l.reservataireId())
                .param("le", Timestamp.from(le))
                .query(Long.class).single();
    }

    @Override
    public Optional<Logement> lire(long id) {
        return jdbc.sql("select " + COLONNES + " from logement l where l.id = :id").param("id", id)
                .query(JdbcLogements::logement).optional();
    }

    @Override
    public Optional<Logement> verrouiller(long id) {
        return jdbc.sql("select " + COLONNES + " from logement l where l.id = :id for update").param("id", id)
                .query(JdbcLogements::logement).optional();
    }

    @Override
    public List<Logement> duBailleur(String bailleurSiren, int limite) {
        return jdbc.sql("select " + COLONNES + " from logement l where l.bailleur_siren = :siren order by l.id desc "
                + "limit :limite").param("siren", bailleurSiren).param("limite", limite)
                .query(JdbcLogements::logement).list();
    }

    @Override
    public Optional<Logement> parRpls(String bailleurSiren, String identifiantRpls) {
        return jdbc.sql("select " + COLONNES + " from logement l where l.bailleur_siren = :siren "
                + "and l.identifiant_rpls = :rpls order by l.id desc limit 1")
                .param("siren", bailleurSiren).param("rpls", identifiantRpls)
                .query(JdbcLogements::logement).optional();
    }

    @Override
    public void designer(long logement, String numeroUnique, String guichet, @Nullable Long reservataireId,
            Instant le) {
        jdbc.sql("""
                insert into designation (logement_id, numero_unique, guichet, reservataire_id, designe_le)
                select :logement, :numero, :guichet, :reservataire, :le
                 where not exists (select 1 from designation where logement_id = :logement and numero_unique = :numero)""")
                .param("logement", logement).param("numero", numeroUnique).param("guichet", guichet)
                .param("reservataire", reservataireId).param("le", Timestamp.from(le)).update();
    }

    @Override
    public Set<String> designes(long logement) {
        return new HashSet<>(jdbc.sql("select numero_unique from designation where logement_id = :logement "
                + "and numero_unique is not null").param("logement", logement).query(String.class).list());
    }

    private static Logement logement(ResultSet rs, int i) throws SQLException {
        Long reservataire = rs.getObject("reservataire_id", Long.class);
        return new Logement(rs.getLong("id"), rs.getString("bailleur_siren"), rs.getString("guichet"),
                rs.getString("territoire"), rs.getString("identifiant_rpls"), rs.getString("adresse"),
                rs.getString("code_commune"), rs.getString("typologie"), rs.getBigDecimal("surface"),
                rs.getBigDecimal("loyer"), Financement.valueOf(rs.getString("financement")), rs.getBoolean("qpv"),
                rs.getBoolean("adapte_handicap"), reservataire,
                rs.getTimestamp("declare_le").toInstant(), rs.getBoolean("bail_signe"));
    }
}
