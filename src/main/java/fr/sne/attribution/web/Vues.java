package fr.sne.attribution.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.application.ConsulterAttribution;
import fr.sne.attribution.application.RechercherCandidats;
import fr.sne.attribution.domaine.Baux;
import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commission;
import fr.sne.attribution.domaine.Logement;

/** The API's representations of the attribution chain. */
final class Vues {

    private Vues() {
    }

    record LogementVue(long id, String bailleurSiren, String guichet, String territoire, String identifiantRpls,
            String adresse, String codeCommune, String typologie, BigDecimal surface, BigDecimal loyer,
            String financement, boolean qpv, boolean adapteHandicap, @Nullable Long reservataire, Instant declareLe,
            boolean bailSigne) {

        static LogementVue de(Logement l) {
            return new LogementVue(l.id(), l.bailleurSiren(), l.guichet(), l.territoire(), l.identifiantRpls(),
                    l.adresse(), l.codeCommune(), l.typologie(), l.surface(), l.loyer(), l.financement().name(),
                    l.qpv(), l.adapteHandicap(), l.reservataireId(), l.declareLe(), l.bailSigne());
        }
    }

    record CandidatVue(String numeroUnique, @Nullable String nomDemandeur, @Nullable String prenomsDemandeur,
            LocalDate dateDepot, int tailleMenage, boolean logementAdapteNecessaire, boolean prioritaire,
            boolean designe, @Nullable Integer categorieMenage, @Nullable BigDecimal ressources,
            @Nullable Integer plafond, @Nullable Integer anneeBareme, boolean auDessusPlafond,
            @Nullable String motifPlafond) {

        static CandidatVue de(RechercherCandidats.CandidatPropose c) {
            var p = c.plafond();
            return new CandidatVue(c.numeroUnique(), c.nomDemandeur(), c.prenomsDemandeur(), c.dateDepot(),
                    c.tailleMenage(), c.logementAdapteNecessaire(), c.prioritaire(), c.designe(),
                    p == null ? null : p.categorie(), c.ressources(), p == null ? null : p.plafond(),
                    p == null ? null : p.anneeBareme(), c.auDessusPlafond(), p == null ? null : p.motif());
        }
    }

    record CandidatsVue(long logement, List<CandidatVue> candidats) {
    }

    record CandidatureVue(long id, long commission, long logement, @Nullable String numeroUnique, int ordre,
            @Nullable String decision, @Nullable Integer rang, @Nullable String pieceManquante,
            @Nullable LocalDate echeance, @Nullable String motif, @Nullable String sousMotif,
            @Nullable Boolean auDessusPlafond, @Nullable String motifPlafond,
            @Nullable BigDecimal ressourcesAnnuellesUc, @Nullable Integer anneeQuartile,
            @Nullable Integer seuilPremierQuartile, @Nullable Boolean premierQuartile, @Nullable Instant decideeLe,
            @Nullable String reponse, @Nullable String motifRefus, @Nullable Instant reponduLe) {

        static CandidatureVue de(Candidature c) {
            return new CandidatureVue(c.id(), c.commissionId(), c.logementId(), c.numeroUnique(), c.ordre(),
                    c.decision() == null ? null : c.decision().name(), c.rang(), c.pieceManquante(), c.echeance(),
                    c.motif(), c.sousMotif(), c.auDessusPlafond(), c.motifPlafond(), c.ressourcesAnnuellesUc(),
                    c.anneeQuartile(), c.seuilPremierQuartile(), c.premierQuartile(), c.decideeLe(),
                    c.reponse() == null ? null : c.reponse().name(), c.motifRefus(), c.reponduLe());
        }
    }

    record LogementExamineVue(long logement, @Nullable String exception, List<CandidatureVue> candidats) {
    }

    record CommissionVue(long id, String bailleurSiren, String guichet, LocalDate dateCommission,
            List<LogementExamineVue> logements) {

        static CommissionVue de(Commission c) {
            return new CommissionVue(c.id(), c.bailleurSiren(), c.guichet(), c.dateCommission(),
                    c.logements().stream().map(l -> new LogementExamineVue(l.logementId(),
                            l.exception() == null ? null : l.exception().name(),
                            l.candidatures().stream().map(CandidatureVue::de).toList())).toList());
        }
    }

    record BailVue(long id, long logement, LocalDate dateSignature, String accordCollectif, boolean prioritaireDalo,
            String contingent, @Nullable Long reservataire, String guichet) {

        static BailVue de(Baux.Bail b) {
            return new BailVue(b.id(), b.logementId(), b.dateSignature(), b.accordCollectif(), b.prioritaireDalo(),
                    b.contingent(), b.reservataireId(), b.guichet());
        }
    }

    record ParcoursVue(String numeroUnique, List<CandidatureVue> candidatures, @Nullable BailVue bail) {

        static ParcoursVue de(ConsulterAttribution.Parcours p) {
            return new ParcoursVue(p.numeroUnique(), p.candidatures().stream().map(CandidatureVue::de).toList(),
                    p.bail().map(BailVue::de).orElse(null));
        }
    }
}
