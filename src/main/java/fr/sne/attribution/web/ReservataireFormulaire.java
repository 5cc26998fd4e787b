package fr.sne.attribution.web;

import org.jspecify.annotations.Nullable;

/**
 * A réservataire's form as sent (every field a text, possibly missing), as the page binds it and shows it again;
 * {@link fr.sne.attribution.application.ReservataireCommande} reads it.
 *
 * @param categorie  a {@link fr.sne.attribution.domaine.ReservataireCategorie} name (ignored on a change: the kind
 *                   is fixed at creation)
 * @param guichets   the codes of the guichets that act for it, separated by spaces or commas
 * @param territoire the territory, which only the national administrator chooses
 */
record ReservataireFormulaire(@Nullable String categorie, @Nullable String nom, @Nullable String siren,
        @Nullable String guichets, @Nullable String territoire) {
}
