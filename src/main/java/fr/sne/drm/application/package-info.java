/**
 * The DRM's use cases and its read port {@link fr.sne.drm.application.RessourcesDrm}; they depend on the ports of
 * {@code application.port}, implemented in infrastructure.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.application;
