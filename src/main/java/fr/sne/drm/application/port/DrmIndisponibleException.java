package fr.sne.drm.application.port;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** The DRM did not answer usably; the fetch is to be tried again later. Its message never holds personal data. */
public class DrmIndisponibleException extends RuntimeException {

    private final @Nullable Duration reessayerApres;

    public DrmIndisponibleException(String message, @Nullable Duration reessayerApres, @Nullable Throwable cause) {
        super(message, cause);
        this.reessayerApres = reessayerApres;
    }

    public DrmIndisponibleException(String message) {
        this(message, null, null);
    }

    /** The wait the DRM asked for (its {@code Retry-After}), if any. */
    public @Nullable Duration reessayerApres() {
        return reessayerApres;
    }
}
