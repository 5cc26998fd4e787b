package fr.sne.demande.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.application.port.Demandes;

/**
 * A guichet radiates a demande for one of the motives of R441-2-8 CCH. An attribution (a) carries the data of
 * R441-2-9 CCH; a renunciation (b) is immediate; no answer (c) and irrecevabilité (d) need a warning at least one
 * month old (L441-2-1 CCH), d with its sub-motive and from a bailleur only; non-renewal (e) is the nightly
 * pass's; a merge (f) is the gestionnaire territorial's or the national administrator's ({@link FusionnerDemandes}),
 * refused here with {@code FUSION_RESERVEE_AU_GESTIONNAIRE} whatever {@code numeroUniqueConserve} says. The
 * demande stays readable one year with its motive.
 */
@Service
public class RadierDemande {

    /** Accords collectifs of an attribution (R441-2-9 CCH): intercommunal, departmental, or none. */
    public enum AccordCollectif {
        ACI, ACD, AUCUN
    }

    /** The contingent charged by an attribution, the State's agents' reservations apart (R441-2-9 CCH). */
    public enum Contingent {
        BAILLEUR, ETAT_PRIORITAIRES, ETAT_AGENTS, COLLECTIVITE, ACTION_LOGEMENT, AUTRE_RESERVATAIRE
    }

    /** The values of {@link AccordCollectif}, as sent. */
    public static final List<String> ACCORDS_COLLECTIFS = java.util.Arrays.stream(AccordCollectif.values())
            .map(Enum::name).toList();
    /** The values of {@link Contingent}, as sent. */
    public static final List<String> CONTINGENTS = java.util.Arrays.stream(Contingent.values()).map(Enum::name)
            .toList();

    private final CycleDeVie cycle;
    private final Demandes demandes;

    RadierDemande(CycleDeVie cycle, Demandes demandes) {
        this.cycle = cycle;
        this.demandes = demandes;
    }

    /**
     * The attribution data of R441-2-9 CCH (motive a), and what the anonymous attribution fact needs (the flux of
     * the réservataires, the mixité of L441-1): whether the dwelling lies in a quartier prioritaire de la ville
     * ({@code qpv}), and the designating réservataire ({@code reservataire}, its id in the list of réservataires,
     * when the dwelling is charged to one).
     */
    public record Attribution(@Nullable String identifiantRpls, @Nullable String accordCollectif,
            @Nullable Boolean prioritaireDalo, @Nullable String contingent, @Nullable Boolean qpv,
            @Nullable Long reservataire) {
    }

    /**
     * What the guichet sends.
     *
     * @param numeroUniqueConserve kept in the API's schema (additive changes only) but no longer read: motive f is
     *                             refused to a guichet
     */
    public record RadiationSaisie(@Nullable String motif, @Nullable String sousMotif, @Nullable Attribution attribution,
            @Nullable String numeroUniqueConserve) {
    }

    public Demande executer(String numeroUnique, RadiationSaisie saisie, @Nullable Integer versionAttendue, Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        List<ErreurChamp> erreurs = new ArrayList<>();
        MotifRadiation motif = null;
        if (saisie.motif() == null || saisie.motif().isBlank()) {
            erreurs.add(new ErreurChamp("motif", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else {
            motif = MotifRadiation.deCode(saisie.motif()).orElse(null);
            if (motif == null) {
                erreurs.add(new ErreurChamp("motif", CodeMotif.MOTIF_INCONNU,
                        CodeMotif.MOTIF_INCONNU.message(Map.of("admis", "a, b, c, d, e ou f"))));
            }
        }
        verifierSousMotif(motif, saisie.sousMotif(), erreurs);
        Map<String, Object> donnees = new LinkedHashMap<>();
        if (motif == MotifRadiation.ATTRIBUTION) {
            attribution(saisie.attribution(), donnees, erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        MotifRadiation motifRetenu = motif;
        DemandeRadiee radiation = CycleDeVie.decider(demande.radier(acteur, cycle.maintenant(),
                cycle.aujourdhui(), motifRetenu, saisie.sousMotif(), donnees,
                demandes.avertissements(demande.numeroUnique())));
        return cycle.ecrire(radiation, demande, versionAttendue, null);
    }

    /** Motive d needs its sub-motive; the others take none. */
    static void verifierSousMotif(@Nullable MotifRadiation motif, @Nullable String sousMotif,
            List<ErreurChamp> erreurs) {
        if (motif == MotifRadiation.IRRECEVABILITE) {
            if (sousMotif == null || sousMotif.isBlank()) {
                erreurs.add(new ErreurChamp("sousMotif", CodeMotif.OBLIGATOIRE, "Une irrecevabilité (d) précise son motif : "
                        + String.join(" ou ", Demande.SOUS_MOTIFS_IRRECEVABILITE) + "."));
            } else if (!Demande.SOUS_MOTIFS_IRRECEVABILITE.contains(sousMotif)) {
                erreurs.add(new ErreurChamp("sousMotif", CodeMotif.CODE_INCONNU, "Valeurs admises : "
                        + String.join(", ", Demande.SOUS_MOTIFS_IRRECEVABILITE) + "."));
            }
        } else if (motif != null && sousMotif != null) {
            erreurs.add(new ErreurChamp("sousMotif", CodeMotif.NON_APPLICABLE, "Seule une irrecevabilité (d) a un sous-motif."));
        }
    }

    private static void attribution(@Nullable Attribution a, Map<String, Object> donnees, List<ErreurChamp> erreurs) {
        if (a == null) {
            erreurs.add(new ErreurChamp("attribution", CodeMotif.OBLIGATOIRE, "Une radiation pour attribution porte les "
                    + "données de l'article R441-2-9 du CCH : logement (RPLS), accord collectif, DALO, contingent."));
            return;
        }
        if (a.identifiantRpls() == null || a.identifiantRpls().isBlank()) {
            erreurs.add(new ErreurChamp("attribution.identifiantRpls", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!a.identifiantRpls().matches("[0-9A-Za-z]{1,20}")) {
            erreurs.add(new ErreurChamp("attribution.identifiantRpls", CodeMotif.FORMAT_INVALIDE,
                    "L'identifiant RPLS du logement compte de 1 à 20 lettres ou chiffres."));
        }
        if (a.accordCollectif() == null) {
            erreurs.add(new ErreurChamp("attribution.accordCollectif", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!ACCORDS_COLLECTIFS.contains(a.accordCollectif())) {
            erreurs.add(new ErreurChamp("attribution.accordCollectif", CodeMotif.CODE_INCONNU, "Valeurs admises : "
                    + String.join(", ", ACCORDS_COLLECTIFS) + "."));
        }
        if (a.prioritaireDalo() == null) {
            erreurs.add(new ErreurChamp("attribution.prioritaireDalo", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        }
        if (a.contingent() == null) {
            erreurs.add(new ErreurChamp("attribution.contingent", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!CONTINGENTS.contains(a.contingent())) {
            erreurs.add(new ErreurChamp("attribution.contingent", CodeMotif.CODE_INCONNU, "Valeurs admises : "
                    + String.join(", ", CONTINGENTS) + "."));
        }
        if (a.qpv() == null) {
            erreurs.add(new ErreurChamp("attribution.qpv", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire : le "
                    + "logement est-il situé dans un quartier prioritaire de la politique de la ville ?"));
        }
        if (a.reservataire() != null && a.reservataire() < 1) {
            erreurs.add(new ErreurChamp("attribution.reservataire", CodeMotif.HORS_BORNES,
                    "Identifiant de réservataire attendu (entier positif)."));
        }
        donnees.put("identifiantRpls", a.identifiantRpls());
        donnees.put("accordCollectif", a.accordCollectif());
        donnees.put("prioritaireDalo", a.prioritaireDalo());
        donnees.put("contingent", a.contingent());
        donnees.put("qpv", a.qpv());
        if (a.reservataire() != null) {
            donnees.put("reservataire", a.reservataire());
        }
    }
}
