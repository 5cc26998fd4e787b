/**
 * The portal's pages and their filter chain ({@code /portail/**}): sign-in by OpenID Connect (registration
 * {@code franceconnect}), session in PostgreSQL, the signed-in applicant ({@link fr.sne.portail.web.DemandeurConnecte}),
 * languages from the message bundles {@code i18n/portail*.properties}.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.portail.web;
