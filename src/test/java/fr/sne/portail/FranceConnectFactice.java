package fr.sne.portail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FranceConnect v2 stand-in for the tests, in the test's process: its own EC key (ES256) published at its
 * {@code jwks_uri}, a discovery document, an authorization endpoint that authenticates at once the person the test
 * chose, a token endpoint (client secret), a user info endpoint answering a signed JWT ({@code application/jwt}) —
 * or, as the test asks, a forged, unsigned, misaddressed or plain JSON answer — and an end-session endpoint. Every
 * authorization and end-session request is kept for the test to read.
 */
final class FranceConnectFactice implements AutoCloseable {

    static final String CLIENT_ID = "sne-portail-fc";
    static final String SECRET = "secret-du-client-de-test";
    static final String CLE = "fc-es256-1";

    /** What the user info endpoint (or the token endpoint) answers. */
    enum Reponse {
        /** a JWT signed with the published key, for SNE's client */
        SIGNEE,
        /** signed with another key under the published key's id */
        SIGNATURE_FORGEE,
        /** an unsecured JWT ({@code alg: none}) */
        ALG_NONE,
        /** signed, for another client */
        AUTRE_AUDIENCE,
        /** plain JSON, unsigned */
        JSON,
        /** the id token, not the user info, signed with another key */
        JETON_IDENTITE_FORGE,
        /** a signed answer, but a level of assurance below eidas1 in the id token */
        NIVEAU_FAIBLE
    }

    /** The person the provider authenticates next. */
    record Personne(String sujet, String prenoms, String nom, String naissance, String courriel) {
    }

    private final HttpServer serveur;
    private final ECKey cle;
    private final ECKey cleFaussaire;
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    private final Map<String, Personne> jetons = new ConcurrentHashMap<>();
    final List<Map<String, String>> autorisations = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> finsDeSession = new CopyOnWriteArrayList<>();
    final List<String> jetonsIdentite = new CopyOnWriteArrayList<>();
    volatile Reponse reponse = Reponse.SIGNEE;
    volatile Personne personne;

    FranceConnectFactice() {
        try {
            cle = new ECKeyGenerator(Curve.P_256).keyID(CLE).generate();
            cleFaussaire = new ECKeyGenerator(Curve.P_256).keyID(CLE).generate();
            serveur = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        serveur.createContext("/.well-known/openid-configuration", this::decouverte);
        serveur.createContext("/jwks", echange -> repondre(echange, 200, "application/json",
                new JWKSet(cle.toPublicJWK()).toString()));
        serveur.createContext("/authorize", this::autoriser);
        serveur.createContext("/token", this::jeton);
        serveur.createContext("/userinfo", this::informations);
        serveur.createContext("/session/end", this::finSession);
        serveur.start();
    }

    String emetteur() {
        return "http://localhost:" + serveur.getAddress().getPort();
    }

    @Override
    public void close() {
        serveur.stop(0);
    }

    private void decouverte(HttpExchange echange) throws IOException {
        String e = emetteur();
        repondre(echange, 200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "userinfo_endpoint":"%1$s/userinfo","jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/session/end",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["ES256","RS256"],
                 "userinfo_signing_alg_values_supported":["ES256","RS256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"],
                 "acr_values_supported":["eidas1"],
                 "scopes_supported":["openid","given_name","family_name","birthdate","birthplace","birthcountry",
                   "gender","email"]}""".formatted(e));
    }

    private void autoriser(HttpExchange echange) throws IOException {
        Map<String, String> parametres = parametres(echange.getRequestURI().getRawQuery());
        autorisations.add(parametres);
        if (!CLIENT_ID.equals(parametres.get("client_id")) || personne == null) {
            repondre(echange, 400, "text/plain", "client inconnu");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new String[] {parametres.get("nonce"), parametres.get("redirect_uri")});
        echange.getResponseHeaders().add("Location", parametres.get("redirect_uri") + "?code=" + code + "&state="
                + java.net.URLEncoder.encode(parametres.get("state"), StandardCharsets.UTF_8));
        repondre(echange, 302, "text/plain", "");
    }

    private void jeton(HttpExchange echange) throws IOException {
        String attendu = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> formulaire = parametres(new String(echange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        String[] code = codes.remove(formulaire.getOrDefault("code", ""));
        if (!attendu.equals(echange.getRequestHeaders().getFirst("Authorization")) || code == null
                || !code[1].equals(formulaire.get("redirect_uri"))) {
            repondre(echange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String acces = UUID.randomUUID().toString();
        jetons.put(acces, personne);
        JWTClaimsSet.Builder identite = enveloppe(CLIENT_ID).subject(personne.sujet()).claim("nonce", code[0])
                .claim("acr", reponse == Reponse.NIVEAU_FAIBLE ? "eidas0" : "eidas1");
        String jetonIdentite = signer(identite.build(), reponse == Reponse.JETON_IDENTITE_FORGE ? cleFaussaire : cle);
        jetonsIdentite.add(jetonIdentite);
        repondre(echange, 200, "application/json", """
                {"access_token":"%s","token_type":"Bearer","expires_in":60,"id_token":"%s"}"""
                .formatted(acces, jetonIdentite));
    }

    private void informations(HttpExchange echange) throws IOException {
        String autorisation = echange.getRequestHeaders().getFirst("Authorization");
        Personne p = autorisation == null ? null : jetons.get(autorisation.replaceFirst("^Bearer ", ""));
        if (p == null) {
            repondre(echange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        JWTClaimsSet.Builder constructeur = enveloppe(reponse == Reponse.AUTRE_AUDIENCE ? "un-autre-client"
                : CLIENT_ID).subject(p.sujet()).claim("given_name", p.prenoms()).claim("family_name", p.nom())
                .claim("birthdate", p.naissance()).claim("gender", "female").claim("birthplace", "75056")
                .claim("birthcountry", "99100").claim("email", p.courriel());
        JWTClaimsSet revendications = constructeur.build();
        switch (reponse) {
            case JSON -> repondre(echange, 200, "application/json",
                    com.nimbusds.jose.util.JSONObjectUtils.toJSONString(revendications.toJSONObject()));
            case ALG_NONE -> repondre(echange, 200, "application/jwt", new PlainJWT(revendications).serialize());
            case SIGNATURE_FORGEE -> repondre(echange, 200, "application/jwt", signer(revendications, cleFaussaire));
            default -> repondre(echange, 200, "application/jwt", signer(revendications, cle));
        }
    }

    private void finSession(HttpExchange echange) throws IOException {
        Map<String, String> parametres = parametres(echange.getRequestURI().getRawQuery());
        finsDeSession.add(parametres);
        echange.getResponseHeaders().add("Location", parametres.get("post_logout_redirect_uri"));
        repondre(echange, 302, "text/plain", "");
    }

    private JWTClaimsSet.Builder enveloppe(String audience) {
        Instant maintenant = Instant.now();
        return new JWTClaimsSet.Builder().issuer(emetteur()).audience(audience)
                .issueTime(Date.from(maintenant)).expirationTime(Date.from(maintenant.plusSeconds(60)));
    }

    private static String signer(JWTClaimsSet revendications, ECKey avec) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(avec.getKeyID()).build(),
                    revendications);
            jwt.sign(new ECDSASigner(avec));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parametres(String requete) {
        Map<String, String> parametres = new LinkedHashMap<>();
        if (requete == null || requete.isEmpty()) {
            return parametres;
        }
        for (String paire : requete.split("&")) {
            int egal = paire.indexOf('=');
            String nom = URLDecoder.decode(egal < 0 ? paire : paire.substring(0, egal), StandardCharsets.UTF_8);
            parametres.put(nom, egal < 0 ? "" : URLDecoder.decode(paire.substring(egal + 1), StandardCharsets.UTF_8));
        }
        return parametres;
    }

    private static void repondre(HttpExchange echange, int statut, String type, String corps) throws IOException {
        byte[] octets = corps.getBytes(StandardCharsets.UTF_8);
        echange.getResponseHeaders().add("Content-Type", type);
        echange.sendResponseHeaders(statut, octets.length == 0 ? -1 : octets.length);
        try (OutputStream sortie = echange.getResponseBody()) {
            sortie.write(octets);
        }
    }
}
