package fr.sne.guichet.securite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import fr.sne.guichet.internal.GuichetEnregistre;

/**
 * Turns a validated JWT into an {@link AuthentificationGuichet}: reads the claims, finds the guichet in the
 * registry and decides whether it may act. Malformed claims make the token invalid (401); an unknown or inactive
 * guichet, or a territory claim contradicting the registry, is a refusal (403 on the guichet API).
 */
public final class ConvertisseurJetonGuichet implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LectureJeton lecture;
    private final Function<String, Optional<GuichetEnregistre>> registre;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    public ConvertisseurJetonGuichet(LectureJeton lecture, Function<String, Optional<GuichetEnregistre>> registre) {
        this.lecture = lecture;
        this.registre = registre;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        IdentiteJeton identite = lecture.lire(jwt);
        Optional<GuichetEnregistre> enregistre = registre.apply(identite.codeGuichet());
        Collection<GrantedAuthority> autorites = new ArrayList<>(scopes.convert(jwt));
        String nom = identite.client().isEmpty() ? identite.codeGuichet() : identite.client();
        Refus refus = decider(identite, enregistre);
        if (refus != null) {
            return new AuthentificationGuichet(jwt, autorites, nom, null, refus);
        }
        autorites.add(new SimpleGrantedAuthority(AuthentificationGuichet.GUICHET_ACTIF));
        return new AuthentificationGuichet(jwt, List.copyOf(autorites), nom, enregistre.orElseThrow().guichet(),
                null);
    }

    static @Nullable Refus decider(IdentiteJeton identite,
            Optional<GuichetEnregistre> enregistre) {
        if (enregistre.isEmpty()) {
            return new Refus("GUICHET_INCONNU", "Le guichet " + identite.codeGuichet() + " n'existe pas.");
        }
        GuichetEnregistre guichet = enregistre.get();
        if (!guichet.actif()) {
            return new Refus("GUICHET_INACTIF", "Le guichet " + identite.codeGuichet() + " n'est plus actif.");
        }
        if (identite.territoire() != null && !identite.territoire().equals(guichet.guichet().territoire())) {
            return new Refus("TERRITOIRE_INCOHERENT", "Le jeton indique le territoire " + identite.territoire()
                    + " mais le guichet " + identite.codeGuichet() + " travaille sur le territoire "
                    + guichet.guichet().territoire() + ".");
        }
        return null;
    }
}
