package fr.sne.echanges.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.GestionnaireErreurs;
import fr.sne.commun.ReponsesErreur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.DemandesParDocument;
import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.echanges.application.EchangerDemandesXml;
import fr.sne.echanges.application.XmlRefuseException;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The demandes in XML (ADR 0021): the paths of the JSON API, chosen by {@code Accept: application/xml} (GET) or
 * {@code Content-Type: application/xml} (POST, PUT; the answer is then XML too). Same use cases, headers and
 * refusals as JSON; problems stay JSON problem documents ({@code application/problem+json}), whose field errors
 * name the element's path.
 */
@RestController
@ControleurApi
@Hidden
class DemandesXmlController {

    static final String XML = MediaType.APPLICATION_XML_VALUE;
    static final String XML_TEXTE = MediaType.TEXT_XML_VALUE;

    private final EchangerDemandesXml echanger;
    private final ActeurCourant appelant;

    DemandesXmlController(EchangerDemandesXml echanger, ActeurCourant appelant) {
        this.echanger = echanger;
        this.appelant = appelant;
    }

    @GetMapping(path = "/v1.0/demandes/{numeroUnique}", produces = XML)
    ResponseEntity<byte[]> consulter(@PathVariable String numeroUnique) throws IOException {
        Instantane demande = echanger.consulter(numeroUnique, appelant.acteur());
        return ResponseEntity.ok().eTag(etag(demande)).contentType(MediaType.APPLICATION_XML)
                .body(xml(numeroUnique, demande));
    }

    @PostMapping(path = "/v1.0/demandes", consumes = {XML, XML_TEXTE}, produces = XML)
    ResponseEntity<byte[]> enregistrer(@RequestHeader("Idempotency-Key") String cle, @RequestBody byte[] corps)
            throws IOException {
        DemandesParDocument.Ecriture ecriture = echanger.enregistrer(corps, cle, appelant.acteur());
        return ResponseEntity.created(URI.create("/v1.0/demandes/" + ecriture.numeroUnique()))
                .header("Idempotent-Replayed", Boolean.toString(ecriture.rejouee()))
                .contentType(MediaType.APPLICATION_XML).body(xml(ecriture.numeroUnique(), ecriture.demande()));
    }

    @PutMapping(path = "/v1.0/demandes/{numeroUnique}", consumes = {XML, XML_TEXTE}, produces = XML)
    ResponseEntity<byte[]> modifier(@PathVariable String numeroUnique,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody byte[] corps) throws IOException {
        Instantane demande = echanger.modifier(numeroUnique, corps, ifMatch, appelant.acteur());
        return ResponseEntity.ok().eTag(etag(demande)).contentType(MediaType.APPLICATION_XML)
                .body(xml(numeroUnique, demande));
    }

    @ExceptionHandler(XmlRefuseException.class)
    ResponseEntity<ProblemDetail> refuse(XmlRefuseException e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.BAD_REQUEST, GestionnaireErreurs.REQUETE_ILLISIBLE,
                "Requête illisible", e.getMessage());
        probleme.setProperty("code", e.code());
        probleme.setProperty("erreurs", List.copyOf(e.erreurs()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    static String etag(Instantane demande) {
        return "\"v" + demande.version() + "\"";
    }

    private byte[] xml(String numeroUnique, Instantane demande) throws IOException {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        echanger.ecrire(numeroUnique, demande, sortie);
        return sortie.toByteArray();
    }
}
