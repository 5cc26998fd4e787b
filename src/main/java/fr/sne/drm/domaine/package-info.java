/** The DRM's domain: the status of a demande's last fetch, the coherence rule, the months a fetch asks for. */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.domaine;
