package fr.sne.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** OpenAPI description: title, version and the two ways to present a token (bearer JWT, OAuth2 client credentials). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";
    static final String OAUTH2 = "oauth2-client-credentials";

    @Bean
    OpenAPI openApiGuichets(SecuriteProperties proprietes) {
        return new OpenAPI()
                .info(new Info()
                        .title("SNE — API des guichets")
                        .version("v1.0")
                        .description("API des guichets enregistreurs de la demande de logement social. Chaque appel "
                                + "porte un jeton d'accès (OAuth2 client credentials) qui identifie le guichet."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("Jeton JWT obtenu par client credentials."))
                        .addSecuritySchemes(OAUTH2, new SecurityScheme()
                                .type(SecurityScheme.Type.OAUTH2)
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                                        .tokenUrl(proprietes.urlJeton())
                                        .scopes(new Scopes().addString("demandes",
                                                "Enregistrer et consulter les demandes du territoire du guichet"))))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2, "demandes"));
    }
}
