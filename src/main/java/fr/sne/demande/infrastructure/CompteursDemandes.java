package fr.sne.demande.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.port.Compteurs;

/** Counts of demandes for the professional application's home page, each an index range scan. */
@Repository
public class CompteursDemandes implements Compteurs {

    private final JdbcClient jdbc;

    CompteursDemandes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return demandes this guichet registered at or after this instant */
    @Override
    public long enregistreesParGuichetDepuis(String guichet, Instant depuis) {
        return jdbc.sql("""
                select count(*) from demande where guichet_enregistreur = :guichet and enregistree_le >= :depuis
                """)
                .param("guichet", guichet)
                .param("depuis", java.sql.Timestamp.from(depuis))
                .query(Long.class).single();
    }

    /** @return active demandes visible under this predicate whose validity ends between these dates (inclusive) */
    @Override
    public long aRenouvelerEntre(VisibiliteDemandes.PredicatSql visibilite, LocalDate debut, LocalDate fin) {
        Map<String, Object> parametres = new HashMap<>(visibilite.parametres());
        parametres.put("debut", debut);
        parametres.put("fin", fin);
        return jdbc.sql("select count(*) from demande d where d.statut = 'ACTIVE' and d.date_fin_validite between :debut and :fin and "
                        + visibilite.sql())
                .params(parametres)
                .query(Long.class).single();
    }

    /** @return demandes visible under this predicate registered at or after this instant */
    @Override
    public long enregistreesDepuis(VisibiliteDemandes.PredicatSql visibilite, Instant depuis) {
        Map<String, Object> parametres = new HashMap<>(visibilite.parametres());
        parametres.put("depuis", java.sql.Timestamp.from(depuis));
        return jdbc.sql("select count(*) from demande d where d.enregistree_le >= :depuis and " + visibilite.sql())
                .params(parametres)
                .query(Long.class).single();
    }
}
