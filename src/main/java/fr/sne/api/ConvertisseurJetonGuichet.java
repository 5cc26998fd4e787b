package fr.sne.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import fr.sne.guichet.ClientApiEnregistre;
import fr.sne.guichet.GuichetEnregistre;
import fr.sne.guichet.Habilitation;

/**
 * Turns a validated JWT into an {@link AuthentificationGuichet}: reads the claims, finds the guichet in the
 * registry, together with the state of the API client, and decides whether it may act. Malformed claims make the
 * token invalid (401); an unknown or inactive guichet, a revoked client, or a territory claim contradicting the
 * registry, is a refusal (403 on the guichet API). An operator's token (scope {@value #SCOPE_EXPLOITATION}, no
 * guichet) keeps its scope authorities, for the actuator, and is refused on the guichet API. An administration
 * client's token (scope {@value #SCOPE_ADMINISTRATION}) carries what it administers: the territory of its row in
 * {@code client_api} (none: the whole registry), or, for a client the registry does not know (an external
 * issuer's), the token's territory claim; a claim contradicting the registry is refused.
 */
public final class ConvertisseurJetonGuichet implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Scope of the operators' API clients (metrics, Prometheus). */
    public static final String SCOPE_EXPLOITATION = "exploitation";

    /** Authority that scope gives. */
    public static final String AUTORITE_EXPLOITATION = "SCOPE_" + SCOPE_EXPLOITATION;

    /** Scope of the administration clients (gestionnaires territoriaux, national administrator): nightly pass. */
    public static final String SCOPE_ADMINISTRATION = "administration";

    /** Authority that scope gives. */
    public static final String AUTORITE_ADMINISTRATION = "SCOPE_" + SCOPE_ADMINISTRATION;

    private static final Refus CLIENT_REVOQUE = new Refus("CLIENT_REVOQUE",
            "Ce client de l'API a été révoqué : ses jetons ne sont plus acceptés.");

    private final LectureJeton lecture;
    private final BiFunction<String, String, Optional<GuichetEnregistre>> registre;
    private final Function<String, Optional<ClientApiEnregistre>> clients;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    /**
     * @param registre the guichet of a code, with the state of the given API client
     * @param clients  an API client's state and territory (empty when unknown)
     */
    public ConvertisseurJetonGuichet(LectureJeton lecture,
            BiFunction<String, String, Optional<GuichetEnregistre>> registre,
            Function<String, Optional<ClientApiEnregistre>> clients) {
        this.lecture = lecture;
        this.registre = registre;
        this.clients = clients;
    }

    /** A converter whose registry knows no API client (the client's state is not checked). */
    public ConvertisseurJetonGuichet(LectureJeton lecture, Function<String, Optional<GuichetEnregistre>> registre) {
        this(lecture, (code, client) -> registre.apply(code), client -> Optional.empty());
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> autorites = new ArrayList<>(scopes.convert(jwt));
        String client = lecture.client(jwt);
        boolean administration = autorites.contains(new SimpleGrantedAuthority(AUTORITE_ADMINISTRATION));
        if (!lecture.porteGuichet(jwt)
                && (administration || autorites.contains(new SimpleGrantedAuthority(AUTORITE_EXPLOITATION)))) {
            Optional<ClientApiEnregistre> enregistre = clients.apply(client);
            if (enregistre.isPresent() && !enregistre.get().actif()) {
                return new AuthentificationGuichet(jwt, List.of(), client, null, CLIENT_REVOQUE);
            }
            Refus sansGuichet = new Refus("CLIENT_SANS_GUICHET",
                    "Ce client d'exploitation n'agit pour aucun guichet enregistreur.");
            if (!administration) {
                return new AuthentificationGuichet(jwt, List.copyOf(autorites), client, null, sansGuichet);
            }
            String territoireJeton = lecture.territoire(jwt);
            // the registry's territory when it knows the client; a client of an external issuer only: the token's
            String territoire = enregistre.isPresent() ? enregistre.get().territoire() : territoireJeton;
            if (territoireJeton != null && !territoireJeton.equals(territoire)) {
                return new AuthentificationGuichet(jwt, List.of(), client, null, new Refus("TERRITOIRE_INCOHERENT",
                        "Le jeton indique le territoire " + territoireJeton + " mais le client " + client
                                + (territoire == null ? " administre tout le registre."
                                        : " administre le territoire " + territoire + ".")));
            }
            return new AuthentificationGuichet(jwt, List.copyOf(autorites), client, null, sansGuichet,
                    new AuthentificationGuichet.Administration(territoire));
        }
        IdentiteJeton identite = lecture.lire(jwt);
        Optional<GuichetEnregistre> enregistre = registre.apply(identite.codeGuichet(), client);
        String nom = identite.client().isEmpty() ? identite.codeGuichet() : identite.client();
        Refus refus = decider(identite, enregistre);
        if (refus == CLIENT_REVOQUE) {
            return new AuthentificationGuichet(jwt, List.of(), nom, null, refus);
        }
        if (refus != null) {
            return new AuthentificationGuichet(jwt, autorites, nom, null, refus);
        }
        autorites.add(new SimpleGrantedAuthority(AuthentificationGuichet.GUICHET_ACTIF));
        GuichetEnregistre guichet = enregistre.orElseThrow();
        return new AuthentificationGuichet(jwt, List.copyOf(autorites), nom, guichet.guichet(), null, null,
                habilitations(guichet.habilitations(), jwt));
    }

    /**
     * The habilitations a call may use (ADR 0017): those the registry's record of the client holds now — never
     * the token's word alone —, narrowed to the token's scopes when they name one habilitation or more (a token
     * asked for {@code scope=demandes} does not export); a token naming none (an external issuer's own scopes)
     * gets the record's.
     */
    static Set<Habilitation> habilitations(Set<Habilitation> enregistrees, Jwt jwt) {
        Set<Habilitation> demandees = EnumSet.noneOf(Habilitation.class);
        for (String scope : scopesDe(jwt)) {
            Habilitation.deCode(scope).ifPresent(demandees::add);
        }
        if (demandees.isEmpty()) {
            return enregistrees;
        }
        Set<Habilitation> effectives = EnumSet.noneOf(Habilitation.class);
        effectives.addAll(enregistrees);
        effectives.retainAll(demandees);
        return effectives;
    }

    /** The token's {@code scope} (one space-separated string) or {@code scp} (a list) claim. */
    private static List<String> scopesDe(Jwt jwt) {
        for (String claim : List.of("scope", "scp")) {
            Object valeur = jwt.getClaims().get(claim);
            if (valeur instanceof String texte) {
                return List.of(texte.strip().split("\\s+"));
            }
            if (valeur instanceof Collection<?> liste) {
                return liste.stream().map(String::valueOf).toList();
            }
        }
        return List.of();
    }

    static @Nullable Refus decider(IdentiteJeton identite,
            Optional<GuichetEnregistre> enregistre) {
        if (enregistre.isEmpty()) {
            return new Refus("GUICHET_INCONNU", "Le guichet " + identite.codeGuichet() + " n'existe pas.");
        }
        GuichetEnregistre guichet = enregistre.get();
        if (Boolean.FALSE.equals(guichet.clientActif())) {
            return CLIENT_REVOQUE;
        }
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
