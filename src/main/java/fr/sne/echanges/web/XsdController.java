package fr.sne.echanges.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.echanges.application.EchangerDemandesXml;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published XSD files of the XML contract: {@code GET /v1.0/xsd/{fichier}}. */
@RestController
@ControleurApi
@Tag(name = "Contrat XML", description = "Les schémas XSD des documents XML (demande, flux des mouvements, "
        + "exports), versionnés par leur espace de noms")
class XsdController {

    /** A day: a schema of a version changes only when a code list it enumerates does, and its ETag then too. */
    static final Duration DUREE_CACHE = Duration.ofDays(1);

    private final EchangerDemandesXml echanger;

    XsdController(EchangerDemandesXml echanger) {
        this.echanger = echanger;
    }

    @GetMapping(path = "/v1.0/xsd/{fichier}", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "Un schéma XSD du contrat XML", description = """
            Les schémas des documents XML de l'API, la version dans le nom du fichier et dans l'espace de noms : \
            `demande-1.0.xsd` (urn:sne:demande:1.0 : une demande, en entrée de POST et PUT /v1.0/demandes et en \
            sortie de GET), `mouvement-1.0.xsd` (urn:sne:mouvement:1.0 : une page de GET /v1.0/mouvements), \
            `export-1.0.xsd` (urn:sne:export:1.0 : les fichiers d'un export), `drm-1.0.xsd` (urn:sne:drm:1.0 : \
            une réponse de GET /v1.0/drm/ressources). Les noms d'éléments sont ceux du \
            modèle de données de l'interface du système national quand la donnée y figure ; les codes, ceux des \
            listes du SNE (motifs de radiation RADATT, RADABA… et non les lettres de l'API). Réponse cachable \
            (Cache-Control, ETag, If-None-Match).""")
    @ApiResponse(responseCode = "200", description = "Le schéma",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Inchangé depuis l'ETag donné en If-None-Match")
    @ApiResponse(responseCode = "404", description = "Aucun schéma publié de ce nom (INTROUVABLE)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> xsd(@Parameter(description = "Le nom du fichier, par exemple demande-1.0.xsd")
            @PathVariable String fichier, WebRequest requete) {
        byte[] schema = echanger.xsd(fichier)
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun schéma publié de ce nom."));
        String etag = "\"" + empreinte(schema) + "\"";
        CacheControl cache = CacheControl.maxAge(DUREE_CACHE).cachePublic();
        if (requete.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(MediaType.APPLICATION_XML)
                .body(schema);
    }

    private static String empreinte(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
