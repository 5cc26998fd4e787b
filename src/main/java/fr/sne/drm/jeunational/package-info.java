/** The DRM's part of the national dataset (the command {@code generer}). */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.jeunational;
