package fr.sne.demande.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.port.RechercheDemandes;
import fr.sne.demande.domaine.DemandeTrouvee;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.domaine.StatutDemande;

/**
 * The search for demandes of the professional application, and the access journal of the page it returns, in one
 * statement: the page is selected in a CTE, a second (data-modifying) CTE inserts one journal line per demande of
 * the page, and the page is returned. The name is matched on the folded keys of {@code demande_personne} (index
 * {@code demande_personne_identite_ix} on (nom_cle, date_naissance)) and the demandes reached from there by
 * primary key, the actor's territories filtering them; the numéro on the unique index. The total is a window count
 * over the matches (a name matches few demandes), computed before the limit. See bench/recherche for the plans.
 */
@Repository
public class RechercheDemandesRepository implements RechercheDemandes {

    private final JdbcClient jdbc;

    RechercheDemandesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param numero       an exact numéro unique, or null
     * @param nomCle       the folded birth name of an adult of the demande, or null
     * @param prenomsCle   the folded first names the adult's begin with (whole words), or null
     * @param naissance    the adult's birth date, or null
     */
    @Override
    public Page rechercher(VisibiliteDemandes.PredicatSql visibilite, @Nullable String numero, @Nullable String nomCle,
            @Nullable String prenomsCle, @Nullable LocalDate naissance, int limite, long decalage, Acteur acteur,
            Instant maintenant) {
        Map<String, Object> parametres = new HashMap<>(visibilite.parametres());
        StringBuilder filtre = new StringBuilder(visibilite.sql());
        // by name, the demandes are reached from the name's index (a few hundred persons at most for the commonest
        // name), then each by its primary key: never the whole territory's demandes
        String source = "demande d";
        if (numero != null) {
            filtre.append(" and d.numero_unique = :numero");
            parametres.put("numero", numero);
        }
        if (nomCle != null) {
            StringBuilder personnes = new StringBuilder("(select distinct p.demande_id from demande_personne p"
                    + " where p.nom_cle = :nom and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')");
            parametres.put("nom", nomCle);
            if (prenomsCle != null) {
                personnes.append(" and (p.prenoms_cle = :prenoms or p.prenoms_cle like :prenomsDebut)");
                parametres.put("prenoms", prenomsCle);
                // folded keys hold only A-Z, 0-9 and spaces: no LIKE wildcard to escape
                parametres.put("prenomsDebut", prenomsCle + " %");
            }
            if (naissance != null) {
                personnes.append(" and p.date_naissance = :naissance");
                parametres.put("naissance", naissance);
            }
            source = personnes.append(") m join demande d on d.id = m.demande_id").toString();
        }
        parametres.put("limite", limite);
        parametres.put("decalage", decalage);
        parametres.put("horodatage", Timestamp.from(maintenant));
        parametres.put("acteurType", acteur.type().name());
        parametres.put("acteurId", acteur.identifiant());
        parametres.put("guichet", acteur.guichet());
        parametres.put("ecran", EcranConsultation.RECHERCHE.name());
        String sql = """
                with page as (
                    select d.numero_unique, d.statut, d.date_depot, d.date_fin_validite, d.territoire,
                           dem.nom_naissance, dem.prenoms, count(*) over () as total
                    from %s
                    left join demande_personne dem on dem.demande_id = d.id and dem.role = 'DEMANDEUR'
                    where %s
                    order by d.date_depot desc, d.numero_unique desc
                    limit :limite offset :decalage),
                journal as (
                    insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
                    select :horodatage, :acteurType, :acteurId, cast(:guichet as char(5)), numero_unique, territoire, :ecran
                    from page)
                select * from page order by date_depot desc, numero_unique desc""".formatted(source, filtre);
        List<Ligne> lignes = jdbc.sql(sql).params(parametres).query((rs, n) -> new Ligne(new DemandeTrouvee(
                rs.getString("numero_unique"), rs.getString("nom_naissance"), rs.getString("prenoms"),
                StatutDemande.valueOf(rs.getString("statut")), rs.getObject("date_depot", LocalDate.class),
                rs.getObject("date_fin_validite", LocalDate.class), rs.getString("territoire")),
                rs.getLong("total"))).list();
        long total = lignes.isEmpty() ? 0 : lignes.getFirst().total();
        if (lignes.isEmpty() && decalage > 0) {
            // a page beyond the last: the total is still worth saying
            total = jdbc.sql("select count(*) from " + source + " where " + filtre).params(parametres)
                    .query(Long.class).single();
        }
        return new Page(lignes.stream().map(Ligne::demande).toList(), total);
    }

    private record Ligne(DemandeTrouvee demande, long total) {
    }
}
