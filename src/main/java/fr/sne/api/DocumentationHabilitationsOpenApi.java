package fr.sne.api;

import java.util.Optional;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import fr.sne.guichet.Habilitation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Publishes on every operation of the guichet API the habilitation it needs (ADR 0017), from the very table the
 * guard applies ({@link HabilitationsRequises}): the extension {@code x-sne-habilitation} and a 403 answer naming
 * {@code HABILITATION_MANQUANTE} (added to the operation's own 403 when it has one).
 */
@Component
class DocumentationHabilitationsOpenApi implements OpenApiCustomizer {

    static final String EXTENSION = "x-sne-habilitation";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((chemin, operations) -> {
            if (chemin.startsWith("/v1.0/admin/") || !chemin.startsWith("/v1.0/")) {
                return;
            }
            Optional<Habilitation> requise = HabilitationsRequises.pourChemin(chemin);
            requise.ifPresent(habilitation -> operations.readOperations()
                    .forEach(operation -> documenter(operation, habilitation)));
        });
    }

    private static void documenter(Operation operation, Habilitation habilitation) {
        operation.addExtension(EXTENSION, habilitation.code());
        String phrase = "Le client ne détient pas l'habilitation « " + habilitation.code()
                + " » (HABILITATION_MANQUANTE, nommée par le membre habilitation du problème)";
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse existante = operation.getResponses().get("403");
        if (existante != null) {
            String description = existante.getDescription();
            existante.setDescription((description == null || description.isBlank() ? "" : description + " ; ou : ")
                    + phrase);
            return;
        }
        operation.getResponses().addApiResponse("403", new ApiResponse().description(phrase)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }
}
