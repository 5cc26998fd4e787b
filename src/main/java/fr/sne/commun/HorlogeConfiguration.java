package fr.sne.commun;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The registry's clock: dates (dépôt, validité, radiation) are those of metropolitan France, and every rule reads
 * this clock, never the system's directly.
 * <p>
 * Outside the {@code prod} profile, {@value #REGLAGE} (an ISO-8601 instant, e.g. {@code 2027-11-26T09:00:00Z})
 * starts the clock at that instant; it then runs on from it. In {@code prod} the setting is refused at start: the
 * registry's dates there are the real ones.
 */
@Configuration(proxyBeanMethods = false)
public class HorlogeConfiguration {

    /** The time zone's name, for annotations ({@code @Scheduled(zone = …)}). */
    public static final String NOM_FUSEAU = "Europe/Paris";
    public static final ZoneId FUSEAU = ZoneId.of(NOM_FUSEAU);

    /** The setting that starts the clock at a given instant (outside production). */
    public static final String REGLAGE = "sne.horloge.instant";

    private static final Logger LOG = LoggerFactory.getLogger(HorlogeConfiguration.class);

    @Bean
    HorlogeReglable horloge(Environment environnement) {
        Clock systeme = Clock.system(FUSEAU);
        String instant = environnement.getProperty(REGLAGE);
        if (instant == null || instant.isBlank()) {
            return new HorlogeReglable(systeme, java.time.Duration.ZERO);
        }
        if (environnement.matchesProfiles("prod")) {
            throw new IllegalStateException(REGLAGE + " est refusé en production : l'horloge du registre y est "
                    + "celle du système.");
        }
        Instant depart;
        try {
            depart = Instant.parse(instant.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(REGLAGE + " doit être un instant ISO-8601 (ex. 2027-11-26T09:00:00Z) : "
                    + instant, e);
        }
        LOG.warn("Horloge du registre réglée au démarrage sur {} ({} : hors production uniquement)", depart, REGLAGE);
        return HorlogeReglable.depuis(systeme, depart);
    }
}
