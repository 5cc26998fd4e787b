package fr.sne.pieces.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.stockage.Ecriture;
import fr.sne.commun.stockage.Stockage;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The baseline of the bench {@code pieces} (bench/pieces/run.sh), never in production: the same multipart request to
 * the same path, through the same filters, limits and multipart parsing, whose handler only streams the part's bytes
 * to the store, under {@code bench/<uuid>}. Chosen over the lodging's handler by the header {@value #ENTETE}; exists
 * only when {@code sne.bench.depot-brut} is true, outside the {@code prod} profile. What the real lodging adds to it
 * — content checks, hashing, metadata, its movement — is what the bench measures.
 */
@RestController
@ControleurApi
@Hidden
@Profile("!prod")
@ConditionalOnProperty(name = "sne.bench.depot-brut", havingValue = "true")
class DepotBrutBench {

    static final String ENTETE = "X-Sne-Bench";

    private final Stockage stockage;

    DepotBrutBench(Stockage stockage) {
        this.stockage = stockage;
    }

    @PostMapping(path = "/v1.0/demandes/{numeroUnique}/pieces", headers = ENTETE + "=depot-brut",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> deposerBrut(@PathVariable String numeroUnique,
            @RequestPart("fichier") MultipartFile fichier) {
        try (InputStream flux = fichier.getInputStream()) {
            Ecriture ecriture = stockage.ecrire("bench/" + UUID.randomUUID(), flux);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("taille", ecriture.taille()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
