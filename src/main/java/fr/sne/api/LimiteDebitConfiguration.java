package fr.sne.api;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.sne.commun.TropDeRequetesException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Each guichet's software gets a share of requests per minute on the API; every answer says how much is left
 * ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset}), and past the share the API
 * answers 429 with {@code Retry-After}. The share holds for all instances together: it is kept in PostgreSQL
 * (see {@link LimiteurDebit}).
 */
@Configuration(proxyBeanMethods = false)
class LimiteDebitConfiguration implements WebMvcConfigurer {

    private final LimiteurDebit limiteur;

    LimiteDebitConfiguration(@Value("${sne.api.limite-requetes:1200}") int limite,
            @Value("${sne.api.fenetre-limite:1m}") Duration fenetre, Clock horloge, DataSource source) {
        this.limiteur = LimiteurDebit.partage(limite, fenetre, horloge, source, LimiteurDebit.lotParDefaut(limite));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        registre.addInterceptor(new Intercepteur(limiteur)).addPathPatterns("/v1.0/**");
    }

    record Intercepteur(LimiteurDebit limiteur) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest requete, HttpServletResponse reponse, Object handler) {
            Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
            if (!(authentification instanceof AuthentificationGuichet guichet) || guichet.guichet() == null) {
                return true;
            }
            LimiteurDebit.Decision decision = limiteur.prendre(guichet.guichet().code());
            reponse.setHeader("RateLimit-Limit", Integer.toString(decision.limite()));
            reponse.setHeader("RateLimit-Remaining", Integer.toString(decision.restantes()));
            reponse.setHeader("RateLimit-Reset", Long.toString(decision.secondesAvantFinDeFenetre()));
            if (!decision.accordee()) {
                throw new TropDeRequetesException("Le guichet " + guichet.guichet().code() + " a dépassé sa "
                        + "limite de " + decision.limite() + " requêtes ; réessayez dans "
                        + decision.secondesAvantFinDeFenetre() + " s.", decision.secondesAvantFinDeFenetre());
            }
            return true;
        }
    }
}
