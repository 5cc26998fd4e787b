package fr.sne.echanges.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The XML of the demandes and of the feed in the published description (ADR 0021): the XML handlers map the JSON
 * operations' paths with other media types, and are hidden from the generator, which would merge them over the JSON
 * ones; this adds {@code application/xml} beside {@code application/json} to the same operations, and the XML
 * refusals to their 400.
 */
@Component
class DocumentationXmlOpenApi implements OpenApiCustomizer {

    static final String XML = MediaType.APPLICATION_XML_VALUE;
    static final String DEMANDE = "Un document de demande-1.0.xsd (élément demande, espace urn:sne:demande:1.0), "
            + "servi par GET /v1.0/xsd/demande-1.0.xsd : son numéro et son état (numUnique, etat), puis son contenu "
            + "sous les noms du modèle de l'interface du SNE, codes des listes du SNE (motifs de radiation RADATT, "
            + "RADABA…), pays en noms du COG.";
    static final String ENTREE = " En entrée (Content-Type: application/xml, réponse en XML), numUnique et etat, "
            + "s'ils y sont, sont ignorés ; le document est validé contre le schéma avant les règles métier, dont "
            + "les erreurs nomment le chemin de l'élément (/demande/personnePhysique/demandeur/dateNaissance).";
    static final String PAGE = "Un document de mouvement-1.0.xsd (élément page, espace urn:sne:mouvement:1.0), servi "
            + "par GET /v1.0/xsd/mouvement-1.0.xsd ; le document de chaque mouvement y est écrit champ par champ "
            + "(objet, liste, texte, nombre, booleen, nul, nommés par l'attribut cle), motifs de radiation en codes "
            + "SNE, et la demande en élément demande de demande-1.0.xsd.";
    static final String REFUS_XML = " En XML : document refusé avant d'être lu, mal formé (XML_MAL_FORME), avec DTD "
            + "ou entité (XML_DTD_REFUSEE), XInclude (XML_XINCLUDE_REFUSE), au-delà d'une limite (XML_LIMITE_DEPASSEE),"
            + " non conforme au schéma (XML_NON_CONFORME) ou avec un élément réservé (XML_ELEMENT_RESERVE) ; chaque "
            + "erreur nomme le chemin de l'élément.";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        PathItem demande = api.getPaths().get("/v1.0/demandes/{numeroUnique}");
        PathItem demandes = api.getPaths().get("/v1.0/demandes");
        PathItem mouvements = api.getPaths().get("/v1.0/mouvements");
        if (demande != null) {
            reponseXml(demande.getGet(), "200", DEMANDE);
            entreeXml(demande.getPut(), "200");
        }
        if (demandes != null) {
            entreeXml(demandes.getPost(), "201");
        }
        if (mouvements != null) {
            reponseXml(mouvements.getGet(), "200", PAGE);
        }
    }

    private static void entreeXml(Operation operation, String succes) {
        if (operation == null) {
            return;
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().addMediaType(XML, new io.swagger.v3.oas.models.media.MediaType()
                    .schema(new StringSchema().description(DEMANDE + ENTREE)));
        }
        reponseXml(operation, succes, DEMANDE);
        ApiResponse refus = operation.getResponses() == null ? null : operation.getResponses().get("400");
        if (refus != null && refus.getDescription() != null && !refus.getDescription().contains(REFUS_XML)) {
            refus.setDescription(refus.getDescription() + "." + REFUS_XML);
        }
    }

    private static void reponseXml(Operation operation, String code, String description) {
        if (operation == null || operation.getResponses() == null || operation.getResponses().get(code) == null) {
            return;
        }
        ApiResponse reponse = operation.getResponses().get(code);
        if (reponse.getContent() == null) {
            reponse.setContent(new Content());
        }
        reponse.getContent().addMediaType(XML, new io.swagger.v3.oas.models.media.MediaType()
                .schema(new StringSchema().description(description)));
    }
}
