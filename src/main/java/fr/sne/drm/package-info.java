/**
 * The Dispositif des ressources mensuelles (DRM, issue 19, ADR 0030): the certified monthly resources of a demande's
 * demandeur, fetched from the national resources database (run by the CNAV, fed by the DSN and PASRAU) after the
 * registration, a renewal or a change of his identity, refreshed on the 22nd of each month, stored per month and
 * nature beside the declared resources (which it never overwrites), shown only when the civil status and NIR the
 * DRM returns are exactly those the registry holds. The client reaches the real API by settings ({@code sne.drm.api.*})
 * or, in the local run and the tests, the simulator this module starts ({@code sne.drm.simulateur.*}).
 * Other modules read it through {@link fr.sne.drm.application.RessourcesDrm}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ressources mensuelles (DRM)")
@org.jspecify.annotations.NullMarked
package fr.sne.drm;
