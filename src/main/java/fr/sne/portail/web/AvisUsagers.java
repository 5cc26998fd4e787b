package fr.sne.portail.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "Je donne mon avis" button of the State's observatory of online services (Vox Usagers), shown after a filing
 * and after a renewal: a link to the observatory's form for this service, whose identifier (and key, when the
 * observatory gave one) are settings ({@code sne.portail.avis.*}); no identifier, no button. The button's image is
 * served by the application, never loaded from the observatory (the CSP allows no other origin).
 */
@Component
class AvisUsagers {

    private final String adresse;
    private final String identifiant;
    private final String cle;

    AvisUsagers(@Value("${sne.portail.avis.adresse:https://voxusagers.numerique.gouv.fr}") String adresse,
            @Value("${sne.portail.avis.identifiant:}") String identifiant,
            @Value("${sne.portail.avis.cle:}") String cle) {
        this.adresse = adresse;
        this.identifiant = identifiant.strip();
        this.cle = cle.strip();
    }

    /** @return the link of the button, or null when no identifier is set */
    @Nullable String lien() {
        if (identifiant.isEmpty()) {
            return null;
        }
        UriComponentsBuilder lien = UriComponentsBuilder.fromUriString(adresse).path("/Demarches/{id}")
                .queryParam("view-mode", "formulaire-avis")
                .queryParam("nd_mode", "en-ligne-entièrement")
                .queryParam("nd_source", "button");
        if (!cle.isEmpty()) {
            lien.queryParam("key", cle);
        }
        return lien.encode().buildAndExpand(identifiant).toUriString();
    }
}
