package fr.sne.demande.jeunational;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesDuJeuNational;

/**
 * The demandes of a generation by their ids: the mark is the last id before it (ids only grow), the reading a cursor
 * over {@code demande} and its demandeur's row, in id order.
 */
@Component
class DemandesDuJeuNationalJdbc implements DemandesDuJeuNational {

    static final int LOT = 10_000;

    @Override
    public long repere(Connection connexion) throws Exception {
        try (Statement s = connexion.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(id), 0) from demande")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void parcourir(Connection connexion, long repere, boolean courriels, Consumer<DemandeDuJeu> lecteur)
            throws Exception {
        boolean autoCommit = connexion.getAutoCommit();
        // PostgreSQL's driver reads by a cursor only in a transaction with a fetch size
        connexion.setAutoCommit(false);
        try (PreparedStatement p = connexion.prepareStatement(("""
                select d.numero_unique, d.territoire, d.guichet_enregistreur, d.date_depot,
                       case when d.statut = 'RADIEE' then d.date_radiation end as date_radiation,
                       p.nom_naissance, p.prenoms, p.date_naissance, p.nir, %s as courriel,
                       (select count(*) from demande_personne c
                         where c.demande_id = d.id and c.role = 'CO_DEMANDEUR') as co_demandeurs
                  from demande d
                  join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR'
                 where d.id > ? and d.purgee_le is null
                 order by d.id""").formatted(courriels ? "d.contenu #>> '{contact,email}'" : "null"))) {
            p.setFetchSize(LOT);
            p.setLong(1, repere);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    java.sql.Date radiation = r.getDate("date_radiation");
                    lecteur.accept(new DemandeDuJeu(r.getString("numero_unique"), r.getString("territoire"),
                            r.getString("guichet_enregistreur"), r.getDate("date_depot").toLocalDate(),
                            radiation == null ? null : radiation.toLocalDate(), r.getString("nom_naissance"),
                            r.getString("prenoms"), r.getDate("date_naissance").toLocalDate(),
                            r.getString("courriel"), r.getInt("co_demandeurs"), r.getString("nir")));
                }
            }
        } finally {
            if (autoCommit) {
                connexion.commit();
                connexion.setAutoCommit(true);
            }
        }
    }
}
