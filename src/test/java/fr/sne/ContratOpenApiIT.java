package fr.sne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published API description is committed in {@code docs/openapi.json}: vendors read it, and a change to
 * the API shows in review. This test fails when the running application's description differs; regenerate the
 * file with {@code ./mvnw verify -Dsne.openapi.ecrire=true} and commit it with the change.
 */
@TestIntegration
class ContratOpenApiIT {

    static final Path FICHIER = Path.of("docs/openapi.json");

    @LocalServerPort
    int port;

    @Test
    void la_description_openapi_commitee_est_celle_de_l_application() throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode publiee = (ObjectNode) json.readTree(new ClientApi(port).get(null, "/v3/api-docs").corps());
        publiee.remove("servers");
        // also in writing mode, where the comparison below is with what was just written
        assertThat(publiee.at("/paths").has("/v1.0/demandes")).as("chemin /v1.0/demandes publié").isTrue();
        assertThat(publiee.at("/components/schemas/CodeMotif/enum").size())
                .as("catalogue des codes motifs publié").isEqualTo(fr.sne.commun.CodeMotif.values().length);
        assertThat(publiee.at("/components/schemas/ProblemDetail/properties/code/$ref").asString())
                .isEqualTo("#/components/schemas/CodeMotif");

        if (Boolean.getBoolean("sne.openapi.ecrire")) {
            Files.writeString(FICHIER, json.writeValueAsString(publiee) + "\n");
        }

        assertThat(FICHIER).as("docs/openapi.json manque : ./mvnw verify -Dsne.openapi.ecrire=true").exists();
        assertThat(json.readTree(FICHIER.toFile()))
                .as("docs/openapi.json n'est plus à jour : ./mvnw verify -Dsne.openapi.ecrire=true, puis commit")
                .isEqualTo(publiee);
    }
}
