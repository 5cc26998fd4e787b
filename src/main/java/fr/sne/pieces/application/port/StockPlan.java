package fr.sne.pieces.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.PlanDeClassement;

/** The versions of the filing plan. */
public interface StockPlan {

    /** The plan in force: its highest version. */
    PlanDeClassement courant();

    /** When the plan in force was published. */
    Instant publieLe();

    /**
     * Publishes the next version with these categories (the caller has checked them), in the caller's transaction.
     *
     * @return the plan published
     */
    PlanDeClassement publier(List<Categorie> categories, String publiePar, Instant quand);

    /** The number of pieces (not deleted) of each category that holds any. */
    Map<String, Integer> piecesParCategorie();
}
