package fr.sne.attribution.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.domaine.FaitAttribution;
import fr.sne.attribution.domaine.FaitsAttribution;

/** The attribution facts ({@code attribution_fait}, V94). */
@Repository
class JdbcFaitsAttribution implements FaitsAttribution {

    private final JdbcClient jdbc;

    JdbcFaitsAttribution(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void ecrire(FaitAttribution f) {
        jdbc.sql("""
                insert into attribution_fait (numero_unique, territoire, date_bail, annee, guichet, bailleur_siren,
                    identifiant_rpls, code_commune, epci_siren, qpv, financement, reservataire_id, contingent,
                    accord_collectif, prioritaire_dalo, taille_menage, ressources_annuelles_uc, annee_quartile,
                    seuil_premier_quartile, premier_quartile, au_dessus_plafond, motif_plafond, source, enregistre_le)
                values (:numero, :territoire, :date, :annee, :guichet, :siren, :rpls, :commune, :epci, :qpv,
                    :financement, :reservataire, :contingent, :accord, :dalo, :taille, :ressourcesUc, :anneeQuartile,
                    :seuil, :q1, :auDessus, :motifPlafond, :source, :le)""")
                .param("numero", f.numeroUnique()).param("territoire", f.territoire())
                .param("date", Date.valueOf(f.dateBail())).param("annee", f.dateBail().getYear())
                .param("guichet", f.guichet()).param("siren", f.bailleurSiren()).param("rpls", f.identifiantRpls())
                .param("commune", f.codeCommune()).param("epci", f.epciSiren()).param("qpv", f.qpv())
                .param("financement", f.financement()).param("reservataire", f.reservataireId())
                .param("contingent", f.contingent()).param("accord", f.accordCollectif())
                .param("dalo", f.prioritaireDalo()).param("taille", f.tailleMenage())
                .param("ressourcesUc", f.quartile() == null ? null : f.quartile().ressourcesAnnuellesUc())
                .param("anneeQuartile", f.quartile() == null ? null : f.quartile().annee())
                .param("seuil", f.quartile() == null ? null : f.quartile().seuil())
                .param("q1", f.quartile() == null ? null : f.quartile().premierQuartile())
                .param("auDessus", f.auDessusPlafond()).param("motifPlafond", f.motifPlafond())
                .param("source", f.source().name()).param("le", Timestamp.from(f.enregistreLe()))
                .update();
    }
}
