package fr.sne.commun;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's clock: dates (dépôt, validité) are those of metropolitan France. */
@Configuration(proxyBeanMethods = false)
public class HorlogeConfiguration {

    /** The time zone's name, for annotations ({@code @Scheduled(zone = …)}). */
    public static final String NOM_FUSEAU = "Europe/Paris";
    public static final ZoneId FUSEAU = ZoneId.of(NOM_FUSEAU);

    @Bean
    Clock horloge() {
        return Clock.system(FUSEAU);
    }
}
