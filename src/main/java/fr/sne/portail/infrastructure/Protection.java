package fr.sne.portail.infrastructure;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.sne.portail.application.port.EnvoiImpossibleException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Resilience4j around the calls that leave the application to reach an applicant (the mail server, the SMS
 * provider): a few quick retries of one call, then a circuit breaker per carrier, which stops calling a carrier
 * that keeps failing for a while (the notifications wait in their queue, {@code notification_demandeur}, and are
 * tried again later) instead of holding every sender on timeouts.
 */
@Component
class Protection {

    private final RetryRegistry retries;
    private final CircuitBreakerRegistry disjoncteurs;

    Protection(@Value("${sne.portail.notifications.essais-par-envoi:3}") int essais,
            @Value("${sne.portail.notifications.attente-entre-essais:PT0.5S}") Duration attente,
            @Value("${sne.portail.notifications.disjoncteur-ouvert:PT1M}") Duration ouvert) {
        this.retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(essais).waitDuration(attente)
                .retryExceptions(RuntimeException.class).ignoreExceptions(CallNotPermittedException.class).build());
        this.disjoncteurs = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(ouvert).build());
    }

    /** Runs the call to this carrier under its retry and circuit breaker. */
    <T> T appeler(String transporteur, Supplier<T> appel) {
        CircuitBreaker disjoncteur = disjoncteurs.circuitBreaker(transporteur);
        Retry retry = retries.retry(transporteur);
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(disjoncteur, appel)).get();
        } catch (CallNotPermittedException e) {
            throw new EnvoiImpossibleException(transporteur + " : trop d'échecs récents, envoi différé", e);
        }
    }

    void appeler(String transporteur, Runnable appel) {
        appeler(transporteur, () -> {
            appel.run();
            return null;
        });
    }

    /** The state of a carrier's circuit breaker (CLOSED, OPEN, HALF_OPEN…), for the tests and the logs. */
    String etat(String transporteur) {
        return disjoncteurs.circuitBreaker(transporteur).getState().name();
    }
}
