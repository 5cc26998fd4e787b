package fr.sne.attribution.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.attribution.domaine.ReservataireSaisi;
import fr.sne.attribution.domaine.ReservataireTypeGuichet;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;

/** The field-by-field rules of a réservataire's form: every error at once, each with its field and code. */
final class ReservataireRegles {

    static final Pattern SIREN = Pattern.compile("[0-9]{9}");
    static final Pattern CODE_GUICHET = Pattern.compile("G[0-9A-Z]{4}");
    static final int MAX_NOM = 200;

    private ReservataireRegles() {
    }

    /**
     * @param categorie  the kind already stored (a change), or null to read it from the form (a creation)
     * @param territoire the réservataire's territory
     * @param id         the réservataire changed, 0 for a creation
     * @throws DonneesInvalidesException listing every field in error
     */
    static ReservataireSaisi verifier(ReservataireFormulaire formulaire, @Nullable ReservataireCategorie categorie,
            String territoire, long id, ReservataireRegistre registre, Guichets guichets) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        ReservataireCategorie retenue = categorie;
        if (retenue == null) {
            String saisie = texte(formulaire.categorie());
            if (saisie == null) {
                erreurs.add(ErreurChamp.de("categorie", CodeMotif.OBLIGATOIRE));
            } else {
                retenue = Arrays.stream(ReservataireCategorie.values()).filter(c -> c.name().equals(saisie))
                        .findFirst().orElse(null);
                if (retenue == null) {
                    erreurs.add(new ErreurChamp("categorie", CodeMotif.CODE_INCONNU, CodeMotif.CODE_INCONNU.message(
                            Map.of("code", saisie, "liste", "des catégories de réservataire ("
                                    + Arrays.stream(ReservataireCategorie.values()).map(Enum::name)
                                            .collect(Collectors.joining(", ")) + ")"))));
                }
            }
        }
        String nom = texte(formulaire.nom());
        if (nom == null) {
            erreurs.add(ErreurChamp.de("nom", CodeMotif.OBLIGATOIRE));
        } else {
            int avant = erreurs.size();
            TexteSaisi.verifier("nom", nom, MAX_NOM, erreurs);
            if (erreurs.size() == avant && registre.nomPris(territoire, nom, id)) {
                erreurs.add(new ErreurChamp("nom", CodeMotif.RESERVATAIRE_EXISTANT,
                        CodeMotif.RESERVATAIRE_EXISTANT.message(Map.of("nom", nom))));
            }
        }
        String siren = texte(formulaire.siren());
        if (siren != null) {
            siren = siren.replace(" ", "");
            if (!SIREN.matcher(siren).matches()) {
                erreurs.add(new ErreurChamp("siren", CodeMotif.FORMAT_INVALIDE, "Le SIREN compte 9 chiffres."));
            }
        }
        TreeSet<String> codes = new TreeSet<>();
        String liste = texte(formulaire.guichets());
        if (liste != null) {
            for (String brut : liste.split("[\\s,;]+")) {
                String code = brut.toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!CODE_GUICHET.matcher(code).matches()) {
                    erreurs.add(new ErreurChamp("guichets", CodeMotif.FORMAT_INVALIDE, "Un code de guichet est la "
                            + "lettre G suivie de 4 chiffres ou lettres majuscules, par exemple G5903."));
                    break;
                }
                codes.add(code);
            }
        }
        for (String code : codes) {
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
        return new ReservataireSaisi(retenue, nom, siren, List.copyOf(codes));
    }

    static @Nullable String texte(@Nullable String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        return valeur.strip();
    }
}
