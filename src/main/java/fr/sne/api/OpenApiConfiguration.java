package fr.sne.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.sne.guichet.Habilitation;
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
                                + "porte un jeton d'accès (OAuth2 client credentials) qui identifie le guichet. "
                                + "Habilitations : chaque opération demande une habilitation (extension "
                                + "x-sne-habilitation : demandes, exports…), que le registre vérifie à chaque "
                                + "appel dans sa propre fiche du client, quel que soit l'émetteur du jeton ; le "
                                + "gestionnaire territorial les accorde et les retire. Un client qui ne la détient "
                                + "pas reçoit un 403 HABILITATION_MANQUANTE dont le membre habilitation la nomme. "
                                + "Le paramètre scope de la demande de jeton restreint le jeton à certaines "
                                + "habilitations ; en demander une que le client ne détient pas est refusé "
                                + "(invalid_scope) ; sans scope, le jeton porte toutes celles du client."))
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
                                        .scopes(scopes())))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2, Habilitation.DEMANDES.code()));
    }

    /** The OAuth scopes: the habilitations in service (ADR 0017). */
    private static Scopes scopes() {
        Scopes scopes = new Scopes();
        Habilitation.enServiceSeulement().forEach(h -> scopes.addString(h.code(), h.description()));
        return scopes;
    }
}
