package fr.sne.commun;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's clock: dates (dépôt, validité) are those of metropolitan France. */
@Configuration(proxyBeanMethods = false)
public class HorlogeConfiguration {

    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    @Bean
    Clock horloge() {
        return Clock.system(FUSEAU);
    }
}
