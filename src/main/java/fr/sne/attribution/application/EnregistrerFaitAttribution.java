package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.sne.attribution.domaine.Baux;
import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commissions;
import fr.sne.attribution.domaine.FaitAttribution;
import fr.sne.attribution.domaine.FaitsAttribution;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.attribution.domaine.PositionQuartile;
import fr.sne.attribution.domaine.QuartileMenage;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.RadiationPrononcee;
import fr.sne.guichet.Bailleur;
import fr.sne.guichet.Bailleurs;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The one path by which an attribution fact is written: every radiation for motive a (R441-2-8 CCH), heard in its
 * own transaction, whatever made it — a lease signed through the chain ({@link SignerBail}: source CHAINE, with the
 * dwelling, the ceiling and the quartile recorded at the decision) or a bailleur whose own software ran the
 * commission and radiated through the radiation endpoint (source RADIATION, with what its request carries and the
 * dwelling when the bailleur declared one with that RPLS id). A failure here rolls the radiation back.
 */
@Component
class EnregistrerFaitAttribution {

    private final Baux baux;
    private final Logements logements;
    private final Commissions commissions;
    private final FaitsAttribution faits;
    private final LectureDemandes lecture;
    private final QuartileMenage quartiles;
    private final Bailleurs bailleurs;
    private final ReferentielGeographique geographie;
    private final Clock horloge;
    private final fr.sne.attribution.Reservataires reservataires;

    EnregistrerFaitAttribution(Baux baux, Logements logements, Commissions commissions, FaitsAttribution faits,
            LectureDemandes lecture, QuartileMenage quartiles, Bailleurs bailleurs, ReferentielGeographique geographie,
            Clock horloge, fr.sne.attribution.Reservataires reservataires) {
        this.reservataires = reservataires;
        this.baux = baux;
        this.logements = logements;
        this.commissions = commissions;
        this.faits = faits;
        this.lecture = lecture;
        this.quartiles = quartiles;
        this.bailleurs = bailleurs;
        this.geographie = geographie;
        this.horloge = horloge;
    }

    @EventListener
    void radiee(RadiationPrononcee r) {
        fr.sne.demande.CycleDeVieDemandes.DonneesBail d = r.attribution();
        if (d == null || r.guichet() == null) {
            return;
        }
        String rpls = d.identifiantRpls();
        String siren = bailleurs.duGuichet(r.guichet()).map(Bailleur::siren).orElse(null);
        // the lease of the chain, when its dwelling is the one the radiation names (the dwelling read once)
        Optional<Baux.Bail> bailDeLaDemande = baux.deLaDemande(r.numeroUnique());
        Optional<Logement> logementDuBail = bailDeLaDemande.flatMap(b -> logements.lire(b.logementId()))
                .filter(l -> l.identifiantRpls().equals(rpls));
        Optional<Baux.Bail> bail = logementDuBail.isPresent() ? bailDeLaDemande : Optional.empty();
        Logement logement = logementDuBail
                .or(() -> siren == null ? Optional.empty() : logements.parRpls(siren, rpls)).orElse(null);
        Candidature decision = bail.flatMap(b -> commissions.duDemande(r.numeroUnique()).stream()
                .filter(c -> c.id() == b.candidatureId()).findFirst()).orElse(null);
        DemandeLue demande = lecture.lire(r.numeroUnique()).orElse(null);
        Long reservataire = d.reservataire();
        if (reservataire != null) {
            // the radiation's R441-2-9 data names a réservataire of the territory's list, or none: else nothing stays
            ReservatairePerimetre.horsListe(reservataires, reservataire, r.territoire()::equals,
                    "attribution.reservataire").ifPresent(erreur -> {
                        throw new fr.sne.commun.DonneesInvalidesException(java.util.List.of(erreur));
                    });
        }
        // the dwelling's commune; a bailleur that radiated directly without declaring the dwelling: the demande's
        // first commune souhaitée, so that the mixité of its EPCI counts the lease (ADR 0016)
        String commune = logement != null ? logement.codeCommune()
                : demande != null && !demande.communesSouhaitees().isEmpty() ? demande.communesSouhaitees().get(0)
                : null;
        PositionQuartile quartile = null;
        if (decision != null && decision.ressourcesAnnuellesUc() != null) {
            quartile = new PositionQuartile(decision.ressourcesAnnuellesUc(), decision.anneeQuartile(),
                    decision.seuilPremierQuartile(), Boolean.TRUE.equals(decision.premierQuartile()));
        } else if (demande != null && commune != null) {
            quartile = quartiles.position(demande, commune, r.dateRadiation()).orElse(null);
        }
        LocalDate dateBail = bail.map(Baux.Bail::dateSignature).orElse(r.dateRadiation());
        faits.ecrire(new FaitAttribution(r.numeroUnique(), r.territoire(), dateBail, r.guichet(), siren, rpls,
                commune, commune == null ? null : epci(commune), d.qpv(),
                logement == null ? null : logement.financement().name(), reservataire,
                d.contingent(), d.accordCollectif(),
                d.prioritaireDalo(), demande == null ? null : demande.tailleMenage(),
                quartile, decision != null && Boolean.TRUE.equals(decision.auDessusPlafond()),
                decision == null ? null : decision.motifPlafond(),
                bail.isPresent() ? FaitAttribution.Source.CHAINE : FaitAttribution.Source.RADIATION,
                Instant.now(horloge).truncatedTo(ChronoUnit.MICROS)));
    }

    private @Nullable String epci(String commune) {
        return geographie.commune(commune).map(fr.sne.referentiel.Commune::sirenEpci).orElse(null);
    }
}
