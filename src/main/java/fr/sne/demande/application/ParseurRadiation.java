package fr.sne.demande.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.AccordCollectif;
import fr.sne.demande.domaine.Contingent;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DonneesAttribution;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;

/**
 * Reads a radiation's request ({@link RadiationSaisie}: the API's body, or what the radiation page's form binds)
 * once into a {@link CommandeRadiation}, every field error at once (field path and catalogue code), else
 * {@link DonneesInvalidesException}.
 */
public final class ParseurRadiation {

    /** The values of {@link AccordCollectif}, as sent. */
    public static final List<String> ACCORDS_COLLECTIFS = Arrays.stream(AccordCollectif.values()).map(Enum::name)
            .toList();
    /** The values of {@link Contingent}, as sent. */
    public static final List<String> CONTINGENTS = Arrays.stream(Contingent.values()).map(Enum::name).toList();

    private ParseurRadiation() {
    }

    /**
     * The attribution data of R441-2-9 CCH (motive a), and what the anonymous attribution fact needs: whether the
     * dwelling lies in a quartier prioritaire de la ville ({@code qpv}), and the designating réservataire
     * ({@code reservataire}, its id in the list of réservataires, when the dwelling is charged to one).
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

    /**
     * @throws DonneesInvalidesException field {@code motif} missing ({@code OBLIGATOIRE}) or unknown
     *                                   ({@code MOTIF_INCONNU}); {@code sousMotif} ({@link #sousMotif}); for a,
     *                                   {@code attribution} and each of its fields
     */
    public static CommandeRadiation lire(RadiationSaisie saisie) {
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
        SousMotifIrrecevabilite sousMotif = sousMotif(motif, saisie.sousMotif(), erreurs);
        DonneesAttribution attribution = motif == MotifRadiation.ATTRIBUTION
                ? attribution(saisie.attribution(), erreurs) : null;
        if (!erreurs.isEmpty() || motif == null) {
            throw new DonneesInvalidesException(erreurs);
        }
        return switch (motif) {
            case ATTRIBUTION -> new CommandeRadiation.PourAttribution(requis(attribution));
            case RENONCIATION -> new CommandeRadiation.Renonciation();
            case ABSENCE_REPONSE -> new CommandeRadiation.AbsenceReponse();
            case IRRECEVABILITE -> new CommandeRadiation.Irrecevabilite(requis(sousMotif));
            case NON_RENOUVELLEMENT -> new CommandeRadiation.NonRenouvellement();
            case FUSION -> new CommandeRadiation.Fusion();
        };
    }

    /**
     * Motive d needs its sub-motive ({@code OBLIGATOIRE}, one of {@link SousMotifIrrecevabilite} else
     * {@code CODE_INCONNU}); the others take none ({@code NON_APPLICABLE}).
     *
     * @return the sub-motive of d, else null
     */
    static @Nullable SousMotifIrrecevabilite sousMotif(@Nullable MotifRadiation motif, @Nullable String sousMotif,
            List<ErreurChamp> erreurs) {
        if (motif == MotifRadiation.IRRECEVABILITE) {
            if (sousMotif == null || sousMotif.isBlank()) {
                erreurs.add(new ErreurChamp("sousMotif", CodeMotif.OBLIGATOIRE, "Une irrecevabilité (d) précise son "
                        + "motif : " + String.join(" ou ", Demande.SOUS_MOTIFS_IRRECEVABILITE) + "."));
            } else if (!Demande.SOUS_MOTIFS_IRRECEVABILITE.contains(sousMotif)) {
                erreurs.add(new ErreurChamp("sousMotif", CodeMotif.CODE_INCONNU, "Valeurs admises : "
                        + String.join(", ", Demande.SOUS_MOTIFS_IRRECEVABILITE) + "."));
            } else {
                return SousMotifIrrecevabilite.valueOf(sousMotif);
            }
        } else if (motif != null && sousMotif != null) {
            erreurs.add(new ErreurChamp("sousMotif", CodeMotif.NON_APPLICABLE,
                    "Seule une irrecevabilité (d) a un sous-motif."));
        }
        return null;
    }

    private static @Nullable DonneesAttribution attribution(@Nullable Attribution a, List<ErreurChamp> erreurs) {
        if (a == null) {
            erreurs.add(new ErreurChamp("attribution", CodeMotif.OBLIGATOIRE, "Une radiation pour attribution porte les "
                    + "données de l'article R441-2-9 du CCH : logement (RPLS), accord collectif, DALO, contingent."));
            return null;
        }
        int avant = erreurs.size();
        if (a.identifiantRpls() == null || a.identifiantRpls().isBlank()) {
            erreurs.add(new ErreurChamp("attribution.identifiantRpls", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!DonneesAttribution.identifiantRplsBienForme(a.identifiantRpls())) {
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
        if (erreurs.size() > avant) {
            return null;
        }
        return new DonneesAttribution(requis(a.identifiantRpls()), AccordCollectif.valueOf(requis(a.accordCollectif())),
                requis(a.prioritaireDalo()), Contingent.valueOf(requis(a.contingent())), requis(a.qpv()),
                a.reservataire());
    }

    static <T> T requis(@Nullable T valeur) {
        if (valeur == null) {
            throw new IllegalStateException("valeur vérifiée absente");
        }
        return valeur;
    }
}
