package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.NaturePiece;
import fr.sne.pieces.domaine.RegleObsolescence;

/**
 * The national administrator publishes a new version of the filing plan (issue 17 §1): the whole list of categories,
 * each checked (code, label, maximum, nature, obsolescence rule); {@code A_QUALIFIER} and at least one category
 * needed to register stay; a category that still holds pieces cannot be removed (reclassify them first). The
 * earlier versions stay; the new one is in force at once.
 */
@Service
public class PublierPlan {

    private final StockPlan plan;
    private final Clock horloge;

    PublierPlan(StockPlan plan, Clock horloge) {
        this.plan = plan;
        this.horloge = horloge;
    }

    /**
     * A category as entered, every field possibly missing.
     *
     * @param obsolescence {@code AUCUNE}, {@code ANNEES:n}, {@code DUREE:<ISO-8601 period>}
     */
    public record CategorieSaisie(@Nullable String code, @Nullable String libelle, @Nullable Integer maximum,
            @Nullable String nature, @Nullable String obsolescence) {
    }

    /**
     * @return the plan published
     * @throws AccesRefuseException      anyone but the national administrator
     *                                   ({@code PLAN_RESERVE_ADMINISTRATION_NATIONALE})
     * @throws DonneesInvalidesException field by field ({@code categories[i].code}…)
     */
    @Transactional
    public ConsulterPlan.PlanPublie publier(List<CategorieSaisie> saisies, Acteur acteur) {
        if (acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.PLAN_RESERVE_ADMINISTRATION_NATIONALE,
                    CodeMotif.PLAN_RESERVE_ADMINISTRATION_NATIONALE.message());
        }
        List<ErreurChamp> erreurs = new ArrayList<>();
        List<Categorie> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (saisies.isEmpty()) {
            erreurs.add(ErreurChamp.de("categories", CodeMotif.OBLIGATOIRE));
        }
        for (int i = 0; i < saisies.size(); i++) {
            Categorie c = lire(saisies.get(i), "categories[" + i + "]", erreurs);
            if (c != null) {
                if (!codes.add(c.code())) {
                    erreurs.add(new ErreurChamp("categories[" + i + "].code", CodeMotif.PLAN_CATEGORIE_EN_DOUBLE,
                            CodeMotif.PLAN_CATEGORIE_EN_DOUBLE.message(Map.of("categorie", c.code()))));
                } else {
                    categories.add(c);
                }
            }
        }
        if (erreurs.isEmpty()) {
            if (!codes.contains(Categorie.A_QUALIFIER)) {
                erreurs.add(new ErreurChamp("categories", CodeMotif.PLAN_CATEGORIE_REQUISE,
                        CodeMotif.PLAN_CATEGORIE_REQUISE.message(Map.of("categorie", Categorie.A_QUALIFIER,
                                "raison", "les pièces numérisées dont la catégorie n'est pas encore connue"))));
            }
            if (categories.stream().noneMatch(c -> c.nature() == NaturePiece.ENREGISTREMENT)) {
                erreurs.add(new ErreurChamp("categories", CodeMotif.PLAN_CATEGORIE_REQUISE,
                        CodeMotif.PLAN_CATEGORIE_REQUISE.message(Map.of("categorie", "de nature ENREGISTREMENT",
                                "raison", "la pièce d'identité du demandeur est requise pour enregistrer"))));
            }
            plan.piecesParCategorie().forEach((code, nombre) -> {
                if (!codes.contains(code)) {
                    erreurs.add(new ErreurChamp("categories", CodeMotif.PLAN_CATEGORIE_UTILISEE,
                            CodeMotif.PLAN_CATEGORIE_UTILISEE.message(Map.of("categorie", code, "nombre", nombre))));
                }
            });
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Instant quand = horloge.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return new ConsulterPlan.PlanPublie(plan.publier(categories, acteur.identifiant(), quand), quand);
    }

    private static @Nullable Categorie lire(CategorieSaisie s, String chemin, List<ErreurChamp> erreurs) {
        int avant = erreurs.size();
        if (s.code() == null || s.code().isBlank()) {
            erreurs.add(ErreurChamp.de(chemin + ".code", CodeMotif.OBLIGATOIRE));
        } else if (!s.code().matches(Categorie.FORMAT_CODE)) {
            erreurs.add(ErreurChamp.de(chemin + ".code", CodeMotif.FORMAT_INVALIDE));
        }
        if (s.libelle() == null || s.libelle().isBlank()) {
            erreurs.add(ErreurChamp.de(chemin + ".libelle", CodeMotif.OBLIGATOIRE));
        } else if (s.libelle().strip().length() > 200) {
            erreurs.add(new ErreurChamp(chemin + ".libelle", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(Map.of("max", 200))));
        } else if (s.libelle().codePoints().anyMatch(Character::isISOControl)) {
            erreurs.add(ErreurChamp.de(chemin + ".libelle", CodeMotif.CARACTERE_INTERDIT));
        }
        if (s.maximum() == null) {
            erreurs.add(ErreurChamp.de(chemin + ".maximum", CodeMotif.OBLIGATOIRE));
        } else if (s.maximum() < 1 || s.maximum() > Categorie.MAXIMUM_MAX) {
            erreurs.add(ErreurChamp.de(chemin + ".maximum", CodeMotif.HORS_BORNES));
        }
        NaturePiece nature = null;
        if (s.nature() == null) {
            erreurs.add(ErreurChamp.de(chemin + ".nature", CodeMotif.OBLIGATOIRE));
        } else {
            try {
                nature = NaturePiece.valueOf(s.nature());
            } catch (IllegalArgumentException e) {
                erreurs.add(ErreurChamp.de(chemin + ".nature", CodeMotif.FORMAT_INVALIDE));
            }
        }
        RegleObsolescence regle = null;
        if (s.obsolescence() == null) {
            erreurs.add(ErreurChamp.de(chemin + ".obsolescence", CodeMotif.OBLIGATOIRE));
        } else {
            try {
                regle = RegleObsolescence.lire(s.obsolescence());
            } catch (IllegalArgumentException e) {
                erreurs.add(ErreurChamp.de(chemin + ".obsolescence", CodeMotif.PLAN_OBSOLESCENCE_INVALIDE));
            }
        }
        if (erreurs.size() > avant || nature == null || regle == null) {
            return null;
        }
        return new Categorie(s.code(), s.libelle().strip(), s.maximum(), nature, regle);
    }
}
