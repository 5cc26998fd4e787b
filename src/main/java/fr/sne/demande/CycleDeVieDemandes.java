package fr.sne.demande;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * The lifecycle use cases of the demande module that another module triggers (the attribution chain): the warning
 * before a radiation for irrecevabilité (L441-2-1 CCH) and the radiation for an attribution followed by a signed
 * lease (R441-2-8 a, with the data of R441-2-9 CCH). Each call goes through the demande module's own use case
 * ({@code AvertirDemandeur}, {@code RadierDemande}) — the same rules, refusals and movements as a guichet's request —
 * and joins the caller's transaction when there is one.
 */
public interface CycleDeVieDemandes {

    /**
     * Records the warning sent before a radiation for irrecevabilité (motive d).
     *
     * @param sousMotif {@code PLAFOND_RESSOURCES} or {@code SEJOUR_IRREGULIER}
     * @param canal     {@code LRAR} or {@code AUTRE_PREUVE_DEPOT}
     * @return the demande's version after the warning
     */
    int avertirIrrecevabilite(String numeroUnique, String sousMotif, LocalDate dateEnvoi, String canal,
            Acteur acteur);

    /**
     * Radiates the demande for an attribution followed by a signed lease (motive a).
     *
     * @return the demande's version after the radiation
     */
    int radierPourAttribution(String numeroUnique, DonneesBail bail, Acteur acteur);

    /**
     * The data of R441-2-9 CCH a radiation for attribution carries, and what the attribution fact needs.
     *
     * @param accordCollectif {@code ACI}, {@code ACD} or {@code AUCUN}
     * @param contingent      {@code BAILLEUR}, {@code ETAT_PRIORITAIRES}, {@code ETAT_AGENTS}, {@code COLLECTIVITE},
     *                        {@code ACTION_LOGEMENT} or {@code AUTRE_RESERVATAIRE}
     * @param reservataire    the designating réservataire's id, when the dwelling is charged to one
     */
    record DonneesBail(String identifiantRpls, String accordCollectif, boolean prioritaireDalo, String contingent,
            boolean qpv, @Nullable Long reservataire) {
    }
}
