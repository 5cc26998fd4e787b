package fr.sne.drm.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.GestionnaireErreurs;
import fr.sne.commun.ReponsesErreur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.drm.application.LireRessourcesDrm;
import fr.sne.drm.application.LireRessourcesDrm.Resultat;
import fr.sne.drm.application.RessourcesDrm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /v1.0/drm/ressources?numeros=…} (issue 19 §3, ADR 0031): the resources of the Dispositif des ressources
 * mensuelles of 1 to {@value LireRessourcesDrm#NUMEROS_MAX} demandes, in JSON, or in XML ({@code Accept:
 * application/xml}, {@code drm-1.0.xsd}). The habilitation {@code drm} is checked before (403
 * {@code HABILITATION_MANQUANTE}); the guichet's switch by the use case (403 {@code DRM_GUICHET_NON_OUVERT}); the list
 * of numéros here (400, one code per field).
 */
@RestController
@ControleurApi
@Tag(name = "DRM", description = "Les ressources mensuelles des demandeurs transmises par le Dispositif des ressources "
        + "mensuelles (DRM), pour les guichets ouverts à la DRM")
class RessourcesDrmController {

    static final String NS = "urn:sne:drm:1.0";
    private static final String PROBLEME = "application/problem+json";

    private final LireRessourcesDrm lire;
    private final ActeurCourant appelant;

    RessourcesDrmController(LireRessourcesDrm lire, ActeurCourant appelant) {
        this.lire = lire;
        this.appelant = appelant;
    }

    /** The answer: one entry per distinct numéro asked, in the order asked. */
    record ReponseDrm(List<DemandeDrm> demandes) {
    }

    @Schema(name = "RessourcesDrmDemande")
    record DemandeDrm(String numeroUnique,
            @Schema(description = "AFFICHABLE (les mois sont donnés), SANS_NIR, NIR_TEMPORAIRE, NON_TROUVE, "
                    + "DISCORDANCE, INDISPONIBLE, EN_ATTENTE, ou DEMANDE_INCONNUE (aucune demande de ce numéro dans "
                    + "votre périmètre)") String statut,
            @Schema(description = "Pourquoi rien n'est affiché, en clair ; absent quand les mois le sont")
            @Nullable String motif,
            @Schema(description = "Quand la DRM a été interrogée pour la dernière fois") @Nullable Instant misAJourLe,
            @Schema(description = "Les trois derniers mois, le plus récent d'abord") List<MoisDrm> mois) {

        static DemandeDrm de(Resultat r) {
            return new DemandeDrm(r.numeroUnique(), r.statut(), r.motif(), r.misAJourLe(),
                    r.mois().stream().map(MoisDrm::de).toList());
        }
    }

    @Schema(name = "RessourcesDrmMois")
    record MoisDrm(@Schema(description = "Le mois, AAAA-MM", example = "2026-10") String mois,
            List<LigneDrm> lignes,
            @Schema(description = "Total des ressources DRM du mois, en euros") BigDecimal total) {

        static MoisDrm de(RessourcesDrm.Mois m) {
            return new MoisDrm(m.mois().toString(), m.lignes().stream()
                    .map(l -> new LigneDrm(l.nature(), l.libelle(), l.montant())).toList(), m.total());
        }
    }

    @Schema(name = "RessourcesDrmLigne")
    record LigneDrm(@Schema(description = "Le code de la nature de ressource") String nature,
            @Schema(description = "Son libellé") String libelle,
            @Schema(description = "Le montant du mois, en euros") BigDecimal montant) {
    }

    /** The list of numéros refused before anything is read (400). */
    static final class NumerosRefuses extends RuntimeException {

        private final List<ErreurChamp> erreurs;

        NumerosRefuses(List<ErreurChamp> erreurs) {
            super("numéros refusés", null, false, false);
            this.erreurs = List.copyOf(erreurs);
        }

        List<ErreurChamp> erreurs() {
            return erreurs;
        }
    }

    @GetMapping(path = "/v1.0/drm/ressources", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Les ressources DRM de demandes", description = """
            Pour 1 à 50 demandes, les ressources mensuelles de leur demandeur transmises par le Dispositif des \
            ressources mensuelles (DRM) : les trois derniers mois, chaque nature de ressource avec son libellé et son \
            montant, et le total du mois ; ou, quand rien n'est affiché, le statut et sa raison en clair (NIR absent \
            ou temporaire, personne inconnue de la DRM, données d'identité discordantes — rien n'est alors montré, \
            ni ce qui diffère —, DRM indisponible pour le moment, interrogation en attente). Les ressources DRM \
            s'ajoutent à celles que le demandeur a déclarées, sans les remplacer.

            Réservé aux guichets ouverts à la DRM (sinon 403 DRM_GUICHET_NON_OUVERT) dont le client détient \
            l'habilitation `drm`. Un numéro hors du périmètre du guichet est répondu comme un numéro inconnu du \
            registre : DEMANDE_INCONNUE dans la liste, l'appel restant 200 (comme une demande hors territoire est \
            introuvable, sans dire si elle existe). Un numéro demandé deux fois est répondu une fois. Chaque demande \
            répondue est inscrite au journal des accès (écran DRM). En XML avec `Accept: application/xml` \
            (schéma drm-1.0.xsd).""")
    @ApiResponse(responseCode = "200", description = "Une entrée par numéro distinct, dans l'ordre demandé")
    @ApiResponse(responseCode = "400", description = "numeros absent (OBLIGATOIRE), plus de 50 (TAILLE), un numéro "
            + "mal formé (FORMAT_INVALIDE, champ numeros[i])",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Guichet non ouvert à la DRM (DRM_GUICHET_NON_OUVERT), client "
            + "sans l'habilitation drm (HABILITATION_MANQUANTE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ReponseDrm lire(@Parameter(description = "Les numéros uniques, séparés par des virgules (ou le paramètre "
            + "répété), 1 à 50") @RequestParam(name = "numeros", required = false) @Nullable List<String> numeros) {
        return new ReponseDrm(lire.executer(verifier(numeros), appelant.acteur()).stream().map(DemandeDrm::de)
                .toList());
    }

    @GetMapping(path = "/v1.0/drm/ressources", produces = {MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE})
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<byte[]> lireXml(@RequestParam(name = "numeros", required = false) @Nullable List<String> numeros)
            throws XMLStreamException {
        List<Resultat> resultats = lire.executer(verifier(numeros), appelant.acteur());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(resultats));
    }

    @ExceptionHandler(NumerosRefuses.class)
    ResponseEntity<ProblemDetail> refuses(NumerosRefuses e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.BAD_REQUEST, GestionnaireErreurs.REQUETE_ILLISIBLE,
                "Requête illisible", "La liste des numéros est refusée : " + e.erreurs().size() + " erreur(s).");
        probleme.setProperty("code", e.erreurs().getFirst().code());
        probleme.setProperty("erreurs", e.erreurs());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    /** The numéros as asked, each stripped; refused as a whole when empty, too many, or one malformed. */
    static List<String> verifier(@Nullable List<String> numeros) {
        List<String> lus = numeros == null ? List.of() : numeros.stream().map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
        if (lus.isEmpty()) {
            throw new NumerosRefuses(List.of(ErreurChamp.de("numeros", CodeMotif.OBLIGATOIRE)));
        }
        if (lus.size() > LireRessourcesDrm.NUMEROS_MAX) {
            throw new NumerosRefuses(List.of(new ErreurChamp("numeros", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(Map.of("max", LireRessourcesDrm.NUMEROS_MAX)))));
        }
        List<ErreurChamp> erreurs = new ArrayList<>();
        for (int i = 0; i < lus.size(); i++) {
            if (!VisibiliteDemandes.estNumeroUnique(lus.get(i))) {
                erreurs.add(ErreurChamp.de("numeros[" + i + "]", CodeMotif.FORMAT_INVALIDE));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new NumerosRefuses(erreurs);
        }
        return lus;
    }

    /** The answer in XML, valid against {@code drm-1.0.xsd}. */
    static byte[] xml(List<Resultat> resultats) throws XMLStreamException {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sortie, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(NS);
        w.writeStartElement(NS, "ressourcesDrm");
        w.writeDefaultNamespace(NS);
        w.writeAttribute("version", "1.0");
        for (Resultat r : resultats) {
            w.writeStartElement(NS, "demande");
            w.writeAttribute("numeroUnique", r.numeroUnique());
            w.writeAttribute("statut", r.statut());
            if (r.misAJourLe() != null) {
                w.writeAttribute("misAJourLe", DateTimeFormatter.ISO_INSTANT.format(r.misAJourLe()));
            }
            if (r.motif() != null) {
                w.writeStartElement(NS, "motif");
                w.writeCharacters(r.motif());
                w.writeEndElement();
            }
            for (RessourcesDrm.Mois m : r.mois()) {
                w.writeStartElement(NS, "mois");
                w.writeAttribute("mois", m.mois().toString());
                w.writeAttribute("total", m.total().toPlainString());
                for (RessourcesDrm.Ligne l : m.lignes()) {
                    w.writeEmptyElement(NS, "ligne");
                    w.writeAttribute("nature", l.nature());
                    w.writeAttribute("libelle", l.libelle());
                    w.writeAttribute("montant", l.montant().toPlainString());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return sortie.toByteArray();
    }
}
