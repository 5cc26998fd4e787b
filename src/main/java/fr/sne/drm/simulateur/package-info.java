/**
 * The DRM's simulator (ADR 0030): a small HTTP service, started by the application in the local run and the tests
 * ({@code sne.drm.simulateur.enabled}, off in production), that answers as the DRM's API would, with deterministic
 * synthetic resources per NIR and the hard cases chosen by the NIR's order number (README).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.simulateur;
