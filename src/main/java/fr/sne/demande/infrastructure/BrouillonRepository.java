package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.ContenuDemande;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration drafts of the web application (table {@code brouillon_demande}, V71). Every read and write names
 * the agent and the guichet: a draft of someone else is never found.
 */
@Repository
public class BrouillonRepository {

    private static final TypeReference<Map<String, String>> TEXTES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BrouillonRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // a draft written by an older version may hold a field this one no longer knows
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public void creer(Brouillon b) {
        jdbc.sql("""
                insert into brouillon_demande (id, agent, guichet, contenu, saisies_brutes, etape, cree_le, modifie_le,
                                               demande_modifiee, version_demande)
                values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.agent(), b.guichet(), json.writeValueAsString(b.contenu()),
                        json.writeValueAsString(b.saisiesBrutes()), b.etape(), Timestamp.from(b.creeLe()),
                        Timestamp.from(b.modifieLe()), b.demandeModifiee(), b.versionDemande())
                .update();
    }

    public Optional<Brouillon> lire(UUID id, String agent, String guichet) {
        return jdbc.sql("select * from brouillon_demande where id = ? and agent = ? and guichet = ?")
                .params(id, agent, guichet)
                .query(this::brouillon)
                .optional();
    }

    /** The agent's registration drafts not registered yet, the latest first. */
    public List<Brouillon> enCours(String agent, String guichet) {
        return jdbc.sql("""
                select * from brouillon_demande where guichet = ? and agent = ? and numero_unique is null
                and demande_modifiee is null
                order by modifie_le desc limit 100""")
                .params(guichet, agent)
                .query(this::brouillon)
                .list();
    }

    /** The agent's modification draft of this demande not written yet, if any (the latest). */
    public Optional<Brouillon> modificationEnCours(String agent, String guichet, String demande) {
        return jdbc.sql("""
                select * from brouillon_demande where guichet = ? and agent = ? and demande_modifiee = ?
                and numero_unique is null order by modifie_le desc limit 1""")
                .params(guichet, agent, demande)
                .query(this::brouillon)
                .optional();
    }

    /**
     * The draft, its row locked until the end of the caller's transaction: two final POSTs of the same draft (a
     * double click) are served one after the other.
     */
    public Optional<Brouillon> lirePourEcrire(UUID id, String agent, String guichet) {
        return jdbc.sql("select * from brouillon_demande where id = ? and agent = ? and guichet = ? for update")
                .params(id, agent, guichet)
                .query(this::brouillon)
                .optional();
    }

    /** Saves a step of a draft not registered yet; false when there is no such draft (or it is registered). */
    public boolean modifier(UUID id, String agent, String guichet, ContenuDemande contenu,
            Map<String, String> saisiesBrutes, String etape, Instant maintenant) {
        return jdbc.sql("""
                update brouillon_demande set contenu = ?::jsonb, saisies_brutes = ?::jsonb, etape = ?, modifie_le = ?
                where id = ? and agent = ? and guichet = ? and numero_unique is null""")
                .params(json.writeValueAsString(contenu), json.writeValueAsString(saisiesBrutes), etape,
                        Timestamp.from(maintenant), id, agent, guichet)
                .update() == 1;
    }

    public void marquerEnregistre(UUID id, String numeroUnique, Instant maintenant) {
        jdbc.sql("update brouillon_demande set numero_unique = ?, modifie_le = ? where id = ?")
                .params(numeroUnique, Timestamp.from(maintenant), id)
                .update();
    }

    public boolean supprimer(UUID id, String agent, String guichet) {
        return jdbc.sql("delete from brouillon_demande where id = ? and agent = ? and guichet = ?")
                .params(id, agent, guichet)
                .update() == 1;
    }

    /** Deletes at most {@code lot} drafts untouched for {@code conservation}; returns how many. */
    int supprimerPlusAnciensQue(Duration conservation, Instant maintenant, int lot) {
        return jdbc.sql("""
                delete from brouillon_demande where id in (
                    select id from brouillon_demande where modifie_le < ? limit ?)""")
                .params(Timestamp.from(maintenant.minus(conservation)), lot)
                .update();
    }

    private Brouillon brouillon(ResultSet rs, int ligne) throws SQLException {
        return new Brouillon(rs.getObject("id", UUID.class), rs.getString("agent"), rs.getString("guichet"),
                json.readValue(rs.getString("contenu"), ContenuDemande.class),
                json.readValue(rs.getString("saisies_brutes"), TEXTES), rs.getString("etape"),
                rs.getString("numero_unique"), rs.getTimestamp("cree_le").toInstant(),
                rs.getTimestamp("modifie_le").toInstant(), rs.getString("demande_modifiee"),
                rs.getObject("version_demande", Integer.class));
    }
}
