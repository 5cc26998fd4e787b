/**
 * The demande module's pages in the professional web application (layout and sign-in from {@code fr.sne.pro}):
 * home, search, registration, a demande's page. Controllers marked {@link fr.sne.commun.PagesWeb}; they call the
 * same use cases as the API, with the signed-in agent as {@link fr.sne.commun.acteur.Acteur}.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.web.pages;
