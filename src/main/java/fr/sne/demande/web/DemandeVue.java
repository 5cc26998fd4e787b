package fr.sne.demande.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ActionPermise;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registered demande as the API returns it; a radiated one with its motive (R441-2-8 letter) and date; and the
 * lifecycle actions the calling guichet may take on it now.
 */
record DemandeVue(
        String numeroUnique,
        String statut,
        String territoire,
        LocalDate dateDepot,
        @Nullable LocalDate dateDernierRenouvellement,
        LocalDate dateFinValidite,
        String guichetEnregistreur,
        Instant enregistreeLe,
        Instant modifieeLe,
        ContenuDemande demande,
        @Nullable String motifRadiation,
        @Nullable String sousMotifRadiation,
        @Nullable LocalDate dateRadiation,
        @Schema(description = "Les actions du cycle de vie que l'appelant peut faire maintenant sur cette demande, "
                + "chacune permise ou avec le code du refus qu'il recevrait (mêmes règles que les changements "
                + "eux-mêmes) : de quoi griser un bouton et dire pourquoi. RADIER est donné pour chaque motif "
                + "(a à f), AVERTIR pour c et d. Ce qui dépend de la requête (le contenu envoyé, le co-demandeur "
                + "désigné) reste vérifié par le changement.")
        List<ActionPermiseVue> actionsPermises) {

    /**
     * One action and whether the caller may take it now.
     *
     * @param motif   the motive of R441-2-8 CCH for AVERTIR and RADIER, else null
     * @param code    the refusal's code (catalogue {@code CodeMotif}) when not allowed, else null
     * @param message the refusal's French message when not allowed, else null
     */
    record ActionPermiseVue(
            ActionDemande action,
            @Schema(description = "Pour AVERTIR et RADIER, le motif de l'article R441-2-8 du CCH (a à f) ; absent "
                    + "sinon.") @Nullable String motif,
            boolean permise,
            @Schema(description = "Si l'action n'est pas permise, le code du refus que le changement donnerait "
                    + "(schéma CodeMotif) ; absent sinon.") @Nullable String code,
            @Schema(description = "Si l'action n'est pas permise, le message du refus, en français (le modèle du "
                    + "code) ; absent sinon.") @Nullable String message) {

        static ActionPermiseVue de(ActionPermise a) {
            return new ActionPermiseVue(a.action(), a.motif() == null ? null : a.motif().code(),
                    a.permise(), a.refus() == null ? null : a.refus().code().name(),
                    a.refus() == null ? null : a.refus().message());
        }
    }

    static DemandeVue de(Demande d, List<ActionPermise> actions) {
        return new DemandeVue(d.numeroUnique().valeur(), d.statut().name(), d.territoire(), d.dateDepot(),
                d.dateDernierRenouvellement(), d.dateFinValidite(), d.guichetEnregistreur(), d.enregistreeLe(),
                d.modifieeLe(), d.contenu(), d.motifRadiation() == null ? null : d.motifRadiation().code(),
                d.sousMotifRadiation(), d.dateRadiation(), actions.stream().map(ActionPermiseVue::de).toList());
    }
}
