package fr.sne.identite;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.DefaultOAuth2AccessTokenResponseMapConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The token endpoint's answer (RFC 6749 §5.1), as Spring Authorization Server writes it, except that
 * {@code expires_in} is the lifetime the token was issued with: Spring's converter counts from the instant it
 * writes, which gives one second less at times.
 */
final class ReponseJeton implements AuthenticationSuccessHandler {

    private final OAuth2AccessTokenResponseHttpMessageConverter convertisseur =
            new OAuth2AccessTokenResponseHttpMessageConverter();

    ReponseJeton() {
        DefaultOAuth2AccessTokenResponseMapConverter parametres = new DefaultOAuth2AccessTokenResponseMapConverter();
        convertisseur.setAccessTokenResponseParametersConverter(reponse -> {
            Map<String, Object> corps = new LinkedHashMap<>(parametres.convert(reponse));
            OAuth2AccessToken jeton = reponse.getAccessToken();
            if (jeton.getIssuedAt() != null && jeton.getExpiresAt() != null) {
                corps.put(OAuth2ParameterNames.EXPIRES_IN,
                        Duration.between(jeton.getIssuedAt(), jeton.getExpiresAt()).toSeconds());
            }
            return corps;
        });
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OAuth2AccessTokenAuthenticationToken octroi = (OAuth2AccessTokenAuthenticationToken) authentication;
        OAuth2AccessToken jeton = octroi.getAccessToken();
        OAuth2AccessTokenResponse.Builder reponse = OAuth2AccessTokenResponse.withToken(jeton.getTokenValue())
                .tokenType(jeton.getTokenType())
                .scopes(jeton.getScopes());
        if (jeton.getIssuedAt() != null && jeton.getExpiresAt() != null) {
            reponse.expiresIn(Duration.between(jeton.getIssuedAt(), jeton.getExpiresAt()).toSeconds());
        }
        if (octroi.getRefreshToken() != null) {
            reponse.refreshToken(octroi.getRefreshToken().getTokenValue());
        }
        if (!octroi.getAdditionalParameters().isEmpty()) {
            reponse.additionalParameters(octroi.getAdditionalParameters());
        }
        convertisseur.write(reponse.build(), null, new ServletServerHttpResponse(response));
    }
}
