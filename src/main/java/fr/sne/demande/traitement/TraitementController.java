package fr.sne.demande.traitement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.JourDeTraitementNational;
import fr.sne.commun.acteur.ActeurCourant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Runs the nightly pass on demand for one day (scope {@code administration}, national administration client
 * only: the pass covers the whole registry, so a gestionnaire territorial's client is refused,
 * {@code TRAITEMENT_NATIONAL_REQUIS}). The pass handles everything due on or before that day not handled yet;
 * a second call for the same day changes nothing. A day after today is refused.
 */
@RestController
@ControleurApi
@Tag(name = "Administration")
class TraitementController {

    private final TraitementPlanifie planifie;
    private final Clock horloge;
    private final ActeurCourant appelant;

    TraitementController(TraitementPlanifie planifie, Clock horloge, ActeurCourant appelant) {
        this.planifie = planifie;
        this.horloge = horloge;
        this.appelant = appelant;
    }

    @PostMapping(path = "/v1.0/admin/traitements/{date}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exécuter le traitement quotidien pour un jour (avis, radiations e et c, effacements)",
            description = "Réservé au client de l'administration nationale : le traitement porte sur tout le "
                    + "registre (403 TRAITEMENT_NATIONAL_REQUIS pour le client d'un gestionnaire territorial).")
    BilanTraitement executer(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        // the pass radiates, notifies and erases across every territory
        JourDeTraitementNational.verifier(appelant.acteur(), date, horloge, "Le traitement");
        return planifie.executer(date).orElseThrow(() -> new ConflitException(CodeMotif.TRAITEMENT_EN_COURS,
                "Un traitement quotidien est déjà en cours : réessayez quand il sera terminé.",
                Map.of("date", date.toString())));
    }
}
