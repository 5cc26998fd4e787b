package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.echanges.infrastructure.xml.XmlEssai;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The XML contract through the API (ADR 0021): the XSD files served, a demande read, registered and modified in
 * XML with the JSON door's rules, the feed in XML, and every refusal of a hostile document a clear 400.
 */
class ContratXmlIT extends ApiIT {

    static final String GUICHET = "G5901";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, String> XML = Map.of("Accept", "application/xml");

    private Reponse poster(String xml, String cle) {
        return api.requete("POST", GUICHET, "/v1.0/demandes", Map.of("Content-Type", "application/xml",
                "Accept", "application/xml", "Idempotency-Key", cle), xml);
    }

    private Reponse lireXml(String numero) {
        return api.requete("GET", GUICHET, "/v1.0/demandes/" + numero, XML, null);
    }

    @Test
    void les_xsd_sont_servis_cachables_et_rien_d_autre() {
        Reponse xsd = api.get(GUICHET, "/v1.0/xsd/demande-1.0.xsd");
        assertThat(xsd.statut()).isEqualTo(200);
        assertThat(xsd.entete("Content-Type")).startsWith("application/xml");
        assertThat(xsd.entete("Cache-Control")).contains("max-age=86400").contains("public");
        assertThat(xsd.texte()).contains("targetNamespace=\"urn:sne:demande:1.0\"");
        Reponse inchange = api.requete("GET", GUICHET, "/v1.0/xsd/demande-1.0.xsd",
                Map.of("If-None-Match", xsd.entete("ETag")), null);
        assertThat(inchange.statut()).isEqualTo(304);
        assertThat(api.get(GUICHET, "/v1.0/xsd/mouvement-1.0.xsd").texte()).contains("urn:sne:mouvement:1.0");
        for (String autre : new String[] {"demande-2.0.xsd", "application.yml", "..%2Fapplication.yml",
                "demande-1.0.xsd.bak"}) {
            Reponse r = api.get(GUICHET, "/v1.0/xsd/" + autre);
            assertThat(r.statut()).as(autre).isIn(400, 404);
            assertThat(r.entete("Content-Type")).as(autre).startsWith("application/problem+json");
        }
    }

    /** Registered in XML, read back in XML and in JSON, modified in XML: the JSON door's rules and headers. */
    @Test
    void une_demande_enregistree_lue_et_modifiee_en_xml() throws Exception {
        DemandeExemple exemple = DemandeExemple.nord();
        String xml = XmlEssai.demande(JSON.writeValueAsString(exemple.json()));
        String cle = UUID.randomUUID().toString();

        Reponse creee = poster(xml, cle);
        assertThat(creee.statut()).as(creee.texte()).isEqualTo(201);
        assertThat(creee.entete("Content-Type")).startsWith("application/xml");
        assertThat(creee.entete("Idempotent-Replayed")).isEqualTo("false");
        assertThat(creee.entete("RateLimit-Remaining")).as("le limiteur de débit compte aussi l'appel XML").isNotNull();
        XmlEssai.valider("demande-1.0.xsd", creee.corps());
        String numero = creee.entete("Location").substring("/v1.0/demandes/".length());
        assertThat(creee.texte()).contains("<numUnique>" + numero + "</numUnique>");

        Reponse rejouee = poster(xml, cle);
        assertThat(rejouee.statut()).isEqualTo(201);
        assertThat(rejouee.entete("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rejouee.entete("Location")).isEqualTo(creee.entete("Location"));
        Reponse autreCorps = poster(xml.replace("<prenom>Claire</prenom>", "<prenom>Claire Anne</prenom>"), cle);
        assertThat(autreCorps.statut()).isEqualTo(409);
        assertThat(autreCorps.json().get("code").asString()).isEqualTo("IDEMPOTENCE_CLE_REUTILISEE");

        // the same key and content sent in JSON: the same registration, replayed
        Reponse enJson = api.post(GUICHET, "/v1.0/demandes", exemple.json(), cle);
        assertThat(enJson.statut()).as(enJson.texte()).isEqualTo(201);
        assertThat(enJson.entete("Idempotent-Replayed")).isEqualTo("true");
        assertThat(enJson.json().get("numeroUnique").asString()).isEqualTo(numero);

        // the JSON answer by default, the XML one on Accept, the same version
        Reponse json = api.get(GUICHET, "/v1.0/demandes/" + numero);
        assertThat(json.entete("Content-Type")).startsWith("application/json");
        assertThat(api.requete("GET", GUICHET, "/v1.0/demandes/" + numero, Map.of("Accept", "*/*"), null)
                .entete("Content-Type")).as("JSON reste le format par défaut").startsWith("application/json");
        assertThat(api.requete("GET", GUICHET, "/v1.0/mouvements?limite=1", Map.of("Accept", "*/*"), null)
                .entete("Content-Type")).startsWith("application/json");
        Reponse lue = lireXml(numero);
        assertThat(lue.statut()).isEqualTo(200);
        XmlEssai.valider("demande-1.0.xsd", lue.corps());
        String etag = json.entete("ETag");
        assertThat(lue.entete("ETag")).isEqualTo(etag).matches("\"v[0-9]+\"");
        int version = Integer.parseInt(etag.replaceAll("[^0-9]", ""));
        JsonNode contenuLu = JSON.readTree(XmlEssai.lire(lue.corps()));
        assertThat(contenuLu.get("demandeur").get("nomNaissance").asString()).isEqualTo(exemple.nom());
        assertThat(JSON.readTree(XmlEssai.lire(lue.corps()))).isEqualTo(JSON.readTree(XmlEssai.lire(creee.corps())));

        // PUT in XML: If-Match required, a stale one refused, the right one applied
        String modifie = new String(lue.corps(), StandardCharsets.UTF_8)
                .replaceFirst("(<handicap/>|</handicap>)", "$1<precisions>Modifiée en XML</precisions>");
        Reponse sansVersion = api.requete("PUT", GUICHET, "/v1.0/demandes/" + numero,
                Map.of("Content-Type", "application/xml", "Accept", "application/xml"), modifie);
        assertThat(sansVersion.statut()).isEqualTo(428);
        assertThat(sansVersion.json().get("code").asString()).isEqualTo("VERSION_REQUISE");
        Reponse perimee = api.requete("PUT", GUICHET, "/v1.0/demandes/" + numero, Map.of("Content-Type",
                "application/xml", "Accept", "application/xml", "If-Match", "\"v" + (version + 7) + "\""), modifie);
        assertThat(perimee.statut()).isEqualTo(412);
        assertThat(perimee.json().get("code").asString()).isEqualTo("VERSION_PERIMEE");
        Reponse modifiee = api.requete("PUT", GUICHET, "/v1.0/demandes/" + numero, Map.of("Content-Type",
                "application/xml", "Accept", "application/xml", "If-Match", etag), modifie);
        assertThat(modifiee.statut()).as(modifiee.texte()).isEqualTo(200);
        assertThat(modifiee.entete("ETag")).isEqualTo("\"v" + (version + 1) + "\"");
        assertThat(api.get(GUICHET, "/v1.0/demandes/" + numero).json().at("/demande/precisions").asString())
                .isEqualTo("Modifiée en XML");

        // without a token: the same 401 as in JSON; text/xml is XML too
        assertThat(api.requete("GET", null, "/v1.0/demandes/" + numero, XML, null).statut()).isEqualTo(401);
        assertThat(api.requete("POST", null, "/v1.0/demandes", Map.of("Content-Type", "application/xml",
                "Idempotency-Key", UUID.randomUUID().toString()), xml).statut()).isEqualTo(401);
        Reponse texteXml = api.requete("GET", GUICHET, "/v1.0/demandes/" + numero,
                Map.of("Accept", "text/html, application/xml;q=0.9"), null);
        assertThat(texteXml.entete("Content-Type")).startsWith("application/xml");

        // another territory's guichet: the same 404 as in JSON
        Reponse ailleurs = api.requete("GET", "G6201", "/v1.0/demandes/" + numero, XML, null);
        assertThat(ailleurs.statut()).isEqualTo(404);
        assertThat(ailleurs.entete("Content-Type")).startsWith("application/problem+json");
    }

    /** The business rules answer as in JSON, each field error naming the element's path. */
    @Test
    void les_regles_metier_nomment_le_chemin_de_l_element() {
        DemandeExemple iso = DemandeExemple.nord().avec("adresse", Map.of("voie", "12 rue Neuve", "ville",
                "Bruxelles", "pays", "BE"));
        DemandeExemple france = DemandeExemple.nord();
        france.demandeur().put("paysNaissance", "France");
        for (var cas : Map.of(
                iso, "/demande/personnePhysique/adressePostale/pays:PAYS_CODE_ISO_REFUSE",
                france, "/demande/personnePhysique/demandeur/paysNaissance:PAYS_FRANCE_REFUSE").entrySet()) {
            Reponse r = poster(XmlEssai.demande(JSON.writeValueAsString(cas.getKey().json())),
                    UUID.randomUUID().toString());
            assertThat(r.statut()).as(r.texte()).isEqualTo(422);
            assertThat(r.json().get("erreurs").valueStream()
                    .map(e -> e.get("champ").asString() + ":" + e.get("code").asString()))
                    .containsExactly(cas.getValue());
        }
        DemandeExemple sansCommune = DemandeExemple.nord();
        sansCommune.logementRecherche().put("communesSouhaitees", java.util.List.of("59350", "99999"));
        Reponse r = poster(XmlEssai.demande(JSON.writeValueAsString(sansCommune.json())),
                UUID.randomUUID().toString());
        assertThat(r.statut()).isEqualTo(422);
        assertThat(r.json().get("erreurs").get(0).get("champ").asString())
                .isEqualTo("/demande/logementRecherche/listeLocalisationSouhaite/commune[2]");
    }

    /** Hostile or broken documents: each a 400 with its code, before anything is read or written. */
    @Test
    void les_documents_hostiles_sont_refuses_avant_d_etre_lus() {
        String ns = "xmlns=\"urn:sne:demande:1.0\"";
        String bombe = "<?xml version=\"1.0\"?><!DOCTYPE demande [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<demande " + ns + "><precisions>&e;&e;&e;&e;&e;&e;</precisions></demande>";
        String externe = "<?xml version=\"1.0\"?><!DOCTYPE demande [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<demande " + ns + "><precisions>&x;</precisions></demande>";
        String dtdExterne = "<?xml version=\"1.0\"?><!DOCTYPE demande SYSTEM \"http://127.0.0.1:1/d.dtd\">"
                + "<demande " + ns + "/>";
        String xinclude = "<demande " + ns + " xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></demande>";
        String entiteInconnue = "<demande " + ns + "><precisions>&x;</precisions></demande>";
        String date = "<demande " + ns + "><personnePhysique><demandeur><dateNaissance>1988-13-45</dateNaissance>"
                + "</demandeur></personnePhysique></demande>";
        String code = "<demande " + ns + "><personnePhysique><demandeur><civilite code=\"M.\"/>"
                + "</demandeur></personnePhysique></demande>";
        String inconnu = "<demande " + ns + "><surprise/></demande>";
        String racine = "<page xmlns=\"urn:sne:mouvement:1.0\"/>";
        String pieces = "<demande " + ns + "><listePiece/></demande>";
        String profond = "<demande " + ns + ">" + "<a>".repeat(40) + "</a>".repeat(40) + "</demande>";
        Map<String, String> attendus = new java.util.LinkedHashMap<>();
        attendus.put(bombe, "/:XML_DTD_REFUSEE");
        attendus.put(externe, "/:XML_DTD_REFUSEE");
        attendus.put(dtdExterne, "/:XML_DTD_REFUSEE");
        attendus.put(xinclude, "/demande:XML_XINCLUDE_REFUSE");
        attendus.put("<demande " + ns + "><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"a.xml\"/>"
                + "</demande>", "/demande/include:XML_XINCLUDE_REFUSE");
        attendus.put(entiteInconnue, "/demande/precisions:XML_MAL_FORME");
        attendus.put("<demande " + ns + "><precisions>", "/demande/precisions:XML_MAL_FORME");
        attendus.put("", "");
        attendus.put(date, "/demande/personnePhysique/demandeur/dateNaissance:XML_NON_CONFORME");
        attendus.put(code, "/demande/personnePhysique/demandeur/civilite:XML_NON_CONFORME");
        attendus.put(inconnu, "/demande/surprise:XML_NON_CONFORME");
        attendus.put(racine, "/page:XML_NON_CONFORME");
        attendus.put(pieces, "/demande/listePiece:XML_ELEMENT_RESERVE");
        attendus.put(profond, ":XML_LIMITE_DEPASSEE");
        long demandes = jdbc.sql("select count(*) from demande").query(Long.class).single();
        attendus.forEach((document, attendu) -> {
            Reponse r = poster(document, UUID.randomUUID().toString());
            assertThat(r.statut()).as(document + "\n" + r.texte()).isEqualTo(400);
            assertThat(r.entete("Content-Type")).startsWith("application/problem+json");
            if (!attendu.isEmpty()) {
                JsonNode erreur = r.json().get("erreurs").get(0);
                String[] champCode = attendu.split(":(?=[A-Z_]+$)");
                assertThat(r.json().get("code").asString()).as(r.texte()).isEqualTo(champCode[1]);
                if (!champCode[0].isEmpty()) {
                    assertThat(erreur.get("champ").asString()).as(r.texte()).isEqualTo(champCode[0]);
                }
            }
        });
        assertThat(jdbc.sql("select count(*) from demande").query(Long.class).single()).isEqualTo(demandes);
    }

    /** The feed in XML: valid against mouvement-1.0.xsd, the same cursor rules, the demande as it stands. */
    @Test
    void le_flux_en_xml() {
        Reponse creee = api.post(GUICHET, "/v1.0/demandes", DemandeExemple.nord().json(),
                UUID.randomUUID().toString());
        String numero = creee.json().get("numeroUnique").asString();
        String curseur = null;
        String page = "";
        boolean trouve = false;
        for (int i = 0; i < 100 && !trouve; i++) {
            Reponse r = api.requete("GET", GUICHET, "/v1.0/mouvements?limite=10000"
                    + (curseur == null ? "" : "&curseur=" + curseur), XML, null);
            assertThat(r.statut()).as(r.texte()).isEqualTo(200);
            assertThat(r.entete("Content-Type")).startsWith("application/xml");
            XmlEssai.valider("mouvement-1.0.xsd", r.corps());
            page = r.texte();
            trouve = page.contains("<d:numUnique>" + numero + "</d:numUnique>");
            curseur = page.replaceAll("(?s).*<curseurSuivant>([^<]*)</curseurSuivant>.*", "$1");
            if (page.contains("<aJour>true</aJour>")) {
                break;
            }
        }
        assertThat(trouve).as("la demande enregistrée est dans le flux XML").isTrue();
        assertThat(page).contains("<type>CRE</type>").contains("<texte cle=\"type\">CRE</texte>");
        // a refusal stays a JSON problem document
        Reponse refus = api.requete("GET", GUICHET, "/v1.0/mouvements?curseur=abc", XML, null);
        assertThat(refus.statut()).isEqualTo(400);
        assertThat(refus.json().get("code").asString()).isEqualTo("CURSEUR_INVALIDE");
    }
}
