/**
 * The gestion partagée's domain: the national catalogue of events ({@link fr.sne.gestion.domaine.TypeEvenement},
 * {@link fr.sne.gestion.domaine.CatalogueEvenements}) and its rules of entry, the events derived from a demande's
 * movements ({@link fr.sne.gestion.domaine.DerivationEvenements}) and the code lists the events carry (L441-1
 * publics, contingents, kinds of negative decision). No Spring, no SQL.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.gestion.domaine;
