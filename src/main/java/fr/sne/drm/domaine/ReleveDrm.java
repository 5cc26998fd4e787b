package fr.sne.drm.domaine;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The report of a monthly refresh.
 *
 * @param demandes      the demandes it queued (active, demandeur with a permanent NIR)
 * @param affichables   fetches recorded with months to show
 * @param ecarts        fetches that stored nothing: person unknown to the DRM, or an identity that did not concord
 * @param indisponibles failed passes (a fetch that fails and is retried counts each time)
 * @param fin           when its last fetch was recorded (null while some remain)
 */
public record ReleveDrm(LocalDate jour, int demandes, int affichables, int ecarts, int indisponibles, Instant debut,
        @Nullable Instant fin) {
}
