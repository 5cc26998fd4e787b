package fr.sne.drm.web;

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
import fr.sne.drm.application.ReleveMensuelDrm;
import fr.sne.drm.domaine.ReleveDrm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Runs the DRM's monthly refresh on demand for one day (scope {@code administration}, national administration client
 * only, as the nightly pass: it fetches every demandeur of the registry). A refresh already run for that day is not
 * run again: its report is given back. A day after today is refused.
 */
@RestController
@ControleurApi
@Tag(name = "Administration")
class ReleveDrmController {

    private final ReleveMensuelDrm releve;
    private final Clock horloge;
    private final ActeurCourant appelant;

    ReleveDrmController(ReleveMensuelDrm releve, Clock horloge, ActeurCourant appelant) {
        this.releve = releve;
        this.horloge = horloge;
        this.appelant = appelant;
    }

    @PostMapping(path = "/v1.0/admin/drm/releves/{date}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lancer le relevé mensuel DRM pour un jour (ressources de tous les demandeurs à NIR certifié)",
            description = "Réservé au client de l'administration nationale (403 TRAITEMENT_NATIONAL_REQUIS). Met en "
                    + "file l'interrogation de chaque demande active dont le demandeur a un NIR permanent et rend le "
                    + "compte rendu du relevé ; un relevé déjà lancé pour ce jour n'est pas relancé.")
    ReleveDrm lancerReleveDrm(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        JourDeTraitementNational.verifier(appelant.acteur(), date, horloge, "Le relevé");
        return releve.executer(date).orElseThrow(() -> new ConflitException(CodeMotif.DRM_RELEVE_EN_COURS,
                CodeMotif.DRM_RELEVE_EN_COURS.message(), Map.of("date", date.toString())));
    }
}
