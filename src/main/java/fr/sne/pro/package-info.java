/**
 * The shell of the professional web application of the guichets' agents, gestionnaires territoriaux and the
 * national administrator: its filter chain (OpenID Connect sign-in, sessions in PostgreSQL, CSRF, a strict
 * Content-Security-Policy), the signed-in agent as an {@link fr.sne.commun.acteur.Acteur}, the page layout and
 * the error pages. The pages of each capability live in their own module (e.g. {@code fr.sne.demande.web.pages})
 * and use this layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application professionnelle")
@org.jspecify.annotations.NullMarked
package fr.sne.pro;
