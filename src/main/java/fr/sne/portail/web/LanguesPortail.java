package fr.sne.portail.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal's languages: its texts live in the message bundles {@code i18n/portail*.properties} (plain French
 * first, English, Arabic written right to left), so that another language is a translation, not a change of code.
 * The language is chosen by a link ({@code ?lang=en}) and kept in a cookie, not in a session; one the portal does
 * not speak falls back to French. The interceptor that guards the routes of one demande
 * ({@link GardeDemandesRattachees}) is registered here too.
 */
@Configuration(proxyBeanMethods = false)
class LanguesPortail implements WebMvcConfigurer {

    /** The languages of the bundles, French first. */
    static final List<String> LANGUES = List.of("fr", "en", "ar");

    /** The languages written right to left. */
    static final List<String> DROITE_A_GAUCHE = List.of("ar");

    private final GardeDemandesRattachees garde;

    LanguesPortail(GardeDemandesRattachees garde) {
        this.garde = garde;
    }

    /** The one locale resolver of the application (the agents' pages are in French whatever it says). */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolveur = new CookieLocaleResolver("sne_langue") {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest requete,
                    jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse reponse,
                    @org.jspecify.annotations.Nullable Locale locale) {
                super.setLocale(requete, reponse, locale == null ? null : langue(locale));
            }
        };
        resolveur.setDefaultLocale(Locale.FRENCH);
        resolveur.setCookieMaxAge(Duration.ofDays(365));
        resolveur.setCookieSameSite("Lax");
        resolveur.setCookieHttpOnly(true);
        return resolveur;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        LocaleChangeInterceptor langue = new LocaleChangeInterceptor();
        langue.setParamName("lang");
        langue.setIgnoreInvalidLocale(true);
        registre.addInterceptor(langue).addPathPatterns("/portail", "/portail/**");
        registre.addInterceptor(garde).addPathPatterns("/portail/demandes/*", "/portail/demandes/*/**");
    }

    /** @return the portal's language closest to this locale: its own language when spoken, French otherwise */
    static Locale langue(Locale locale) {
        return LANGUES.contains(locale.getLanguage()) ? Locale.of(locale.getLanguage()) : Locale.FRENCH;
    }
}
