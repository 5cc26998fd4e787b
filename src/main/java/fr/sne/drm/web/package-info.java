/** The DRM's administration endpoint (the monthly refresh run for a date). */
@org.jspecify.annotations.NullMarked
package fr.sne.drm.web;
