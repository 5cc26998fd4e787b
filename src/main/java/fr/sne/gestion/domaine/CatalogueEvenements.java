package fr.sne.gestion.domaine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.Refus;
import fr.sne.commun.TexteSaisi;

/**
 * The national catalogue of the events of the gestion partagée, in its order, and the rules of an entry by hand:
 * a known code, entered (not derived from the lifecycle, not created by a CAL decision), by a guichet of one of
 * its types, on a day not in the future, with the data its code needs and no other.
 */
public record CatalogueEvenements(List<TypeEvenement> types) {

    /** The longest comment an event carries. */
    public static final int MAX_COMMENTAIRE = 1000;

    public CatalogueEvenements {
        types = List.copyOf(types);
    }

    public Optional<TypeEvenement> type(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The events a guichet of this type may enter, in the catalogue's order. */
    public List<TypeEvenement> saisissablesPar(String typeGuichet) {
        return types.stream().filter(t -> t.saisissablePar(typeGuichet)).toList();
    }

    /** The outcome of an entry: accepted, invalid data (422), or refused to this guichet (403). */
    public sealed interface Saisie {
        record Acceptee(EvenementSaisi evenement) implements Saisie {
        }

        record Invalide(List<ErreurChamp> erreurs) implements Saisie {
            public Invalide {
                erreurs = List.copyOf(erreurs);
            }
        }

        record Interdite(Refus refus) implements Saisie {
        }
    }

    /**
     * Checks an event a guichet enters by hand against the catalogue (its code, day and comment already read at
     * the edge); every error of its fields at once.
     *
     * @param typeGuichet the type of the guichet that enters it
     * @param donnees     the data given, by name (JSON values, or a form's texts)
     */
    public Saisie saisir(String code, String typeGuichet, LocalDate date, @Nullable String commentaire,
            Map<String, ?> donnees, LocalDate aujourdhui) {
        Optional<TypeEvenement> trouve = type(code);
        if (trouve.isEmpty()) {
            String affiche = code.length() > 40 ? code.substring(0, 40) + "…" : code;
            return new Saisie.Invalide(List.of(new ErreurChamp("code", CodeMotif.EVENEMENT_INCONNU,
                    CodeMotif.EVENEMENT_INCONNU.message(Map.of("code", TexteSaisi.stockable(affiche))))));
        }
        TypeEvenement type = trouve.get();
        Map<String, Object> parametres = Map.of("code", type.code(), "libelle", type.libelle());
        switch (type.origine()) {
            case DECISION_CAL -> {
                return new Saisie.Invalide(List.of(new ErreurChamp("code", CodeMotif.EVENEMENT_RESERVE_DECISION_CAL,
                        CodeMotif.EVENEMENT_RESERVE_DECISION_CAL.message(parametres))));
            }
            case CYCLE_DE_VIE -> {
                return new Saisie.Invalide(List.of(new ErreurChamp("code", CodeMotif.EVENEMENT_DU_CYCLE_DE_VIE,
                        CodeMotif.EVENEMENT_DU_CYCLE_DE_VIE.message(parametres))));
            }
            case SAISIE -> {
                // entered by hand: checked below
            }
        }
        if (!type.saisissablePar(typeGuichet)) {
            Map<String, Object> avecTypes = new LinkedHashMap<>(parametres);
            avecTypes.put("type", typeGuichet);
            avecTypes.put("types", String.join(", ", type.typesGuichet()));
            return new Saisie.Interdite(Refus.de(CodeMotif.EVENEMENT_NON_AUTORISE_GUICHET, avecTypes));
        }
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (date.isAfter(aujourdhui)) {
            erreurs.add(ErreurChamp.de("date", CodeMotif.DATE_FUTURE));
        }
        Map<String, Object> lues = new TreeMap<>();
        for (DonneeEvenement requise : type.donneesRequises()) {
            if (donnees.get(requise.nom()) == null) {
                erreurs.add(ErreurChamp.de("donnees." + requise.nom(), CodeMotif.OBLIGATOIRE));
            }
        }
        for (Map.Entry<String, ?> donnee : new TreeMap<>(donnees).entrySet()) {
            String champ = "donnees." + donnee.getKey();
            Optional<DonneeEvenement> connue = DonneeEvenement.deNom(donnee.getKey());
            if (connue.isEmpty()) {
                erreurs.add(ErreurChamp.de(champ, CodeMotif.CHAMP_INCONNU));
            } else if (!type.admet(connue.get())) {
                erreurs.add(ErreurChamp.de(champ, CodeMotif.NON_APPLICABLE));
            } else if (donnee.getValue() != null) {
                Object valeur = connue.get().lire(donnee.getValue(), champ, aujourdhui, erreurs);
                if (valeur != null) {
                    lues.put(connue.get().nom(), valeur);
                }
            }
        }
        if (!erreurs.isEmpty()) {
            return new Saisie.Invalide(erreurs);
        }
        return new Saisie.Acceptee(new EvenementSaisi(type, date, commentaire, lues));
    }
}
