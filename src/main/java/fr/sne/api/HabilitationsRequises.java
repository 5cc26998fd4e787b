package fr.sne.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import fr.sne.guichet.Habilitation;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The habilitation each operation of the guichet API needs (ADR 0017), and the guard of {@code /v1.0/**} that
 * checks it on every call: the caller must be an active guichet's client
 * ({@link AuthentificationGuichet#GUICHET_ACTIF}, else its own refusal is answered as before) holding that
 * habilitation now in SNE's record, else a 403
 * {@code HABILITATION_MANQUANTE} naming it ({@link Refusee}). The first pattern that matches the path decides; a
 * capability to come (exports, DRM…) adds its line above the last one, which gives every other operation to
 * {@code demandes}. The administration clients' paths ({@code /v1.0/admin/**}) are guarded before, by their
 * scope, and never reach this table. The OpenAPI description reads the same table
 * ({@link DocumentationHabilitationsOpenApi}).
 */
final class HabilitationsRequises implements AuthorizationManager<RequestAuthorizationContext> {

    /** A path pattern of the API and the habilitation its operations need (none: any active guichet's client). */
    record Regle(PathPattern chemin, @Nullable Habilitation habilitation) {
    }

    private static final PathPatternParser ANALYSEUR = PathPatternParser.defaultInstance;

    /** In order: the first that matches decides. */
    static final List<Regle> REGLES = List.of(
            // the qualification of a piece: the per-agent profile INSTRUCTION's counterpart for software (ADR 0026)
            regle("/v1.0/demandes/*/pieces/*/qualification", Habilitation.INSTRUCTION),
            regle("/v1.0/exports", Habilitation.EXPORTS),
            regle("/v1.0/exports/**", Habilitation.EXPORTS),
            // the digitisation provider (issue 17 §3): scanned bundles and paper Cerfas
            regle("/v1.0/numerisation", Habilitation.NUMERISATION),
            regle("/v1.0/numerisation/**", Habilitation.NUMERISATION),
            // the resources of the Dispositif des ressources mensuelles (issue 19, ADR 0031)
            regle("/v1.0/drm", Habilitation.DRM),
            regle("/v1.0/drm/**", Habilitation.DRM),
            // the XML contract's schemas: whichever capability a client uses its files with (ADR 0021)
            regle("/v1.0/xsd/**", null),
            regle("/v1.0/**", Habilitation.DEMANDES));

    /**
     * A refusal for want of a habilitation: the decision the filter hands to the access denied handler
     * ({@link ReponsesProbleme}), which names it.
     */
    static final class Refusee extends AuthorizationDecision {

        private final Habilitation habilitation;

        Refusee(Habilitation habilitation) {
            super(false);
            this.habilitation = habilitation;
        }

        Habilitation habilitation() {
            return habilitation;
        }
    }

    private static Regle regle(String chemin, @Nullable Habilitation habilitation) {
        return new Regle(ANALYSEUR.parse(chemin), habilitation);
    }

    /** The habilitation an operation at this path (without the context path) needs, if any. */
    static Optional<Habilitation> pourChemin(String chemin) {
        PathContainer conteneur = PathContainer.parsePath(chemin);
        return REGLES.stream().filter(r -> r.chemin().matches(conteneur)).findFirst()
                .flatMap(r -> Optional.ofNullable(r.habilitation()));
    }

    static Optional<Habilitation> pour(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return pourChemin(chemin);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentification,
            RequestAuthorizationContext contexte) {
        if (!(authentification.get() instanceof AuthentificationGuichet guichet) || guichet.refus() != null
                || guichet.getAuthorities().stream()
                        .noneMatch(a -> AuthentificationGuichet.GUICHET_ACTIF.equals(a.getAuthority()))) {
            return new AuthorizationDecision(false);
        }
        Optional<Habilitation> requise = pour(contexte.getRequest());
        if (requise.isEmpty() || guichet.habilitations().contains(requise.get())) {
            return new AuthorizationDecision(true);
        }
        return new Refusee(requise.get());
    }
}
