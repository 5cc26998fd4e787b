/** The DRM's ports: the upstream client, the outbox of fetches, the stored results, the natures. */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.application.port;
