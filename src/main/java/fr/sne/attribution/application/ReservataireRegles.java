package fr.sne.attribution.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.attribution.domaine.ReservataireSaisi;
import fr.sne.attribution.domaine.ReservataireTypeGuichet;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;

/** The rules of a réservataire's form that need the registry, and the formats its command reads. */
final class ReservataireRegles {

    static final Pattern SIREN = Pattern.compile("[0-9]{9}");
    static final Pattern CODE_GUICHET = Pattern.compile("G[0-9A-Z]{4}");
    static final int MAX_NOM = 200;

    private ReservataireRegles() {
    }

    /**
     * The rules of a réservataire's form that need the registry: its name not taken in the territory, each guichet
     * of the territory, of a type that acts for a réservataire and linked to no other.
     *
     * @param categorie  the kind already stored (a change), else the command's
     * @param territoire the réservataire's territory
     * @param id         the réservataire changed, 0 for a creation
     * @throws DonneesInvalidesException listing every field in error
     */
    static ReservataireSaisi verifier(ReservataireCommande commande, @Nullable ReservataireCategorie categorie,
            String territoire, long id, ReservataireRegistre registre, Guichets guichets) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        ReservataireCategorie retenue = categorie != null ? categorie : commande.categorie();
        String nom = commande.nom();
        if (registre.nomPris(territoire, nom, id)) {
            erreurs.add(new ErreurChamp("nom", CodeMotif.RESERVATAIRE_EXISTANT,
                    CodeMotif.RESERVATAIRE_EXISTANT.message(Map.of("nom", nom))));
        }
        for (String code : commande.guichets()) {
            Optional<Guichet> guichet = guichets.parCode(code);
            if (guichet.isEmpty() || !guichet.get().territoire().equals(territoire)
                    || !ReservataireTypeGuichet.admet(guichet.get().type())) {
                erreurs.add(new ErreurChamp("guichets", CodeMotif.RESERVATAIRE_GUICHET_INADMIS,
                        CodeMotif.RESERVATAIRE_GUICHET_INADMIS.message(Map.of("code", code))));
                continue;
            }
            Optional<Long> autre = registre.reservataireDuGuichet(code).filter(r -> r != id);
            if (autre.isPresent()) {
                String nomAutre = registre.parId(autre.get()).map(r -> r.nom()).orElse(autre.get().toString());
                erreurs.add(new ErreurChamp("guichets", CodeMotif.RESERVATAIRE_GUICHET_DEJA_LIE,
                        CodeMotif.RESERVATAIRE_GUICHET_DEJA_LIE.message(Map.of("code", code,
                                "reservataire", nomAutre))));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return new ReservataireSaisi(retenue, nom, commande.siren(), commande.guichets());
    }

    static @Nullable String texte(@Nullable String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        return valeur.strip();
    }
}
