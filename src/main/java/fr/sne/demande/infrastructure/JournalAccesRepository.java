package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.port.JournalAcces;
import fr.sne.demande.domaine.AccesDemande;
import fr.sne.demande.domaine.EcranConsultation;

/**
 * The access journal in PostgreSQL (table {@code journal_acces}, V72): one insert per page displaying a demande;
 * the search writes the lines of its result page in its own statement ({@link RechercheDemandesRepository}).
 * Reads are newest first, on the indexes of V72; a page asks one row more than it shows, to know whether a next
 * one exists without counting the whole territory's journal.
 */
@Repository
public class JournalAccesRepository implements JournalAcces {

    private final JdbcClient jdbc;

    JournalAccesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that this actor displayed this demande on this screen. */
    @Override
    public void consigner(Acteur acteur, String numeroUnique, String territoire, EcranConsultation ecran,
            Instant maintenant) {
        jdbc.sql("""
                insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
                values (:horodatage, :type, :acteur, :guichet, :numero, :territoire, :ecran)""")
                .param("horodatage", Timestamp.from(maintenant))
                .param("type", acteur.type().name())
                .param("acteur", acteur.identifiant())
                .param("guichet", acteur.guichet())
                .param("numero", numeroUnique)
                .param("territoire", territoire)
                .param("ecran", ecran.name())
                .update();
    }

    /** The accesses to one demande, newest first, at most {@code limite}. */
    @Override
    public List<AccesDemande> deLaDemande(String numeroUnique, int limite) {
        return jdbc.sql("""
                select * from journal_acces where numero_unique = :numero
                order by horodatage desc, id desc limit :limite""")
                .param("numero", numeroUnique)
                .param("limite", limite)
                .query(JournalAccesRepository::acces)
                .list();
    }

    /**
     * A page of the journal of the demandes visible under this predicate, newest first, optionally of one demande
     * and of one actor.
     */
    @Override
    public List<AccesDemande> page(VisibiliteDemandes.PredicatSql visibilite, @Nullable String numeroUnique,
            @Nullable String acteurId, int limite, long decalage) {
        Map<String, Object> parametres = new HashMap<>(visibilite.parametres());
        StringBuilder sql = new StringBuilder("select * from journal_acces j where ").append(visibilite.sql());
        if (numeroUnique != null) {
            sql.append(" and j.numero_unique = :numero");
            parametres.put("numero", numeroUnique);
        }
        if (acteurId != null) {
            sql.append(" and j.acteur_id = :acteur");
            parametres.put("acteur", acteurId);
        }
        sql.append(" order by j.horodatage desc, j.id desc limit :limite offset :decalage");
        parametres.put("limite", limite);
        parametres.put("decalage", decalage);
        return jdbc.sql(sql.toString()).params(parametres).query(JournalAccesRepository::acces).list();
    }

    /** Deletes at most {@code lot} lines older than {@code avant}; returns how many. */
    public int oublierAvant(Instant avant, int lot) {
        return jdbc.sql("""
                delete from journal_acces where id in (
                    select id from journal_acces where horodatage < :avant order by horodatage limit :lot)""")
                .param("avant", Timestamp.from(avant))
                .param("lot", lot)
                .update();
    }

    private static AccesDemande acces(ResultSet rs, int ligne) throws SQLException {
        return new AccesDemande(rs.getTimestamp("horodatage").toInstant(),
                TypeActeur.valueOf(rs.getString("acteur_type")), rs.getString("acteur_id"),
                rs.getString("guichet"), rs.getString("numero_unique"), rs.getString("territoire"),
                EcranConsultation.valueOf(rs.getString("ecran")));
    }
}
