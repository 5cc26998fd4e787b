package fr.sne.demande.web.pages;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.application.ConsulterHistorique;

/**
 * A movement as the history tab prints it: type, when, guichet, who acted, the rubrics changed and the motive of
 * a radiation, read from the movement's versioned document ({@link DocumentMouvement}).
 */
public record LigneHistorique(String type, Instant horodatage, @Nullable String guichet, @Nullable String acteurType,
        @Nullable String acteur, List<String> rubriquesModifiees, @Nullable String motifRadiation) {

    static LigneHistorique de(ConsulterHistorique.MouvementLu m) {
        DocumentMouvement d = m.document();
        DocumentMouvement.ActeurMouvement acteur = d.acteur();
        return new LigneHistorique(m.type(), m.horodatage(), m.guichet(), acteur == null ? null : acteur.type(),
                acteur == null ? null : acteur.identifiant(), DocumentMouvement.rubriquesModifiees(d),
                DocumentMouvement.motifRadiation(d));
    }
}
