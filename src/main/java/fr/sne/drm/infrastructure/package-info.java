/**
 * The DRM's ports on PostgreSQL (the tables drm_nature, drm_interrogation, drm_situation, drm_ressource,
 * drm_releve) and its HTTP client of the DRM's API.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.infrastructure;
