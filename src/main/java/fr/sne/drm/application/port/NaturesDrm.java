package fr.sne.drm.application.port;

import java.util.List;

import fr.sne.drm.domaine.NatureDrm;

/** The natures of resources the registry collects, as loaded at start ({@code drm_nature}). */
public interface NaturesDrm {

    /** The natures, by code. */
    List<NatureDrm> toutes();
}
