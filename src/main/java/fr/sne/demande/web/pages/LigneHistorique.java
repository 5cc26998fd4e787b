package fr.sne.demande.web.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.application.ConsulterHistorique;
import tools.jackson.databind.JsonNode;

/**
 * A movement as the history tab prints it: type, when, guichet, who acted, the rubrics changed and the motive of
 * a radiation, read from the movement's versioned document.
 */
public record LigneHistorique(String type, Instant horodatage, @Nullable String guichet, @Nullable String acteurType,
        @Nullable String acteur, List<String> rubriquesModifiees, @Nullable String motifRadiation) {

    static LigneHistorique de(ConsulterHistorique.MouvementLu m) {
        JsonNode d = m.document();
        List<String> rubriques = new ArrayList<>();
        JsonNode liste = d.get("rubriquesModifiees");
        if (liste != null && liste.isArray()) {
            liste.forEach(r -> rubriques.add(r.asString()));
        }
        JsonNode acteur = d.get("acteur");
        boolean connu = acteur != null && acteur.isObject() && acteur.has("type") && acteur.has("identifiant");
        JsonNode motif = d.get("motifRadiation");
        return new LigneHistorique(m.type(), m.horodatage(), m.guichet(),
                connu ? acteur.get("type").asString() : null, connu ? acteur.get("identifiant").asString() : null,
                rubriques, motif == null || motif.isNull() ? null : motif.asString());
    }
}
