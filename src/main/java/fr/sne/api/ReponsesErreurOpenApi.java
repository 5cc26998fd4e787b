package fr.sne.api;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Every error the API answers is a problem document (RFC 9457, {@code GestionnaireErreurs}): so every 4xx and 5xx
 * response of the description has that content, written once here. A controller's {@code @ApiResponse} for an
 * error then says only its status and when it happens (with its codes). Without this, the framework gave such a
 * response the content of the operation's success, and an operation that declared only its errors no success: it
 * gets its 200 with that content.
 */
@Component
class ReponsesErreurOpenApi implements OpenApiCustomizer {

    static final String PROBLEME = "application/problem+json";
    private static final String SCHEMA = ProblemDetail.class.getSimpleName();

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        boolean utilise = false;
        for (var chemin : openApi.getPaths().values()) {
            for (var operation : chemin.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                Content succes = null;
                for (Map.Entry<String, ApiResponse> reponse : operation.getResponses().entrySet()) {
                    if (!reponse.getKey().startsWith("4") && !reponse.getKey().startsWith("5")) {
                        continue;
                    }
                    Content contenu = reponse.getValue().getContent();
                    if (contenu == null || !contenu.containsKey(PROBLEME)) {
                        succes = succes != null ? succes : contenu;
                        reponse.getValue().setContent(new Content().addMediaType(PROBLEME, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
                    }
                    utilise = true;
                }
                if (succes != null && operation.getResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                    // the framework gave the success's content to the errors and no response to the success
                    ApiResponses reponses = new ApiResponses().addApiResponse("200", new ApiResponse()
                            .description("OK").content(succes));
                    reponses.putAll(operation.getResponses());
                    operation.setResponses(reponses);
                }
            }
        }
        if (utilise) {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas()
                    .containsKey(SCHEMA)) {
                ModelConverters.getInstance().readAll(ProblemDetail.class)
                        .forEach((nom, schema) -> openApi.getComponents().addSchemas(nom, schema));
            }
        }
    }
}
