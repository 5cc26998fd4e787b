package fr.sne.pieces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Partie;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.Televersements;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.DemandeExemple;
import tools.jackson.databind.JsonNode;

/**
 * The pieces justificatives through the API (issue 17 §1, §2): the filing plan and its ETag, a piece lodged, listed,
 * read (journalled) with its movement in both feeds, a full category, a duplicate, the deletion's rules, the
 * reclassification, and every bad input refused with its code and nothing kept (no row, no object, no temporary
 * file).
 */
class PiecesApiIT extends ApiIT {

    @Autowired
    private Stockage stockage;

    @Autowired
    private Televersements televersements;

    @Autowired
    private fr.sne.pieces.application.PiecesAttendues attendues;

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private Reponse deposer(String guichet, String numero, String categorie, String nom, String type, byte[] contenu,
            Partie... autres) {
        List<Partie> parties = new ArrayList<>();
        parties.add(Partie.fichier("fichier", nom, type, contenu));
        parties.add(Partie.champ("categorie", categorie));
        parties.addAll(List.of(autres));
        return api.multipart(guichet, "/v1.0/demandes/" + numero + "/pieces", parties);
    }

    private JsonNode depose(String guichet, String numero, String categorie, byte[] pdf) {
        Reponse r = deposer(guichet, numero, categorie, "piece.pdf", "application/pdf", pdf);
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json();
    }

    private static void probleme(Reponse r, int statut, String code) {
        assertThat(r.statut()).as(r.texte()).isEqualTo(statut);
        assertThat(r.entete("Content-Type")).startsWith("application/problem+json");
        JsonNode corps = r.json();
        String lu = corps.has("code") ? corps.get("code").asString() : corps.at("/erreurs/0/code").asString();
        assertThat(lu).as(r.texte()).isEqualTo(code);
    }

    private long objetsPieces() {
        try (Stream<?> objets = stockage.lister("pieces/")) {
            return objets.count();
        }
    }

    private long lignes(String numero) {
        return jdbc.sql("select count(*) from piece where numero_unique = ?").param(numero).query(Long.class)
                .single();
    }

    /** The upload folder empties as each request ends (the container drops its parts after the response). */
    private void dossierTemporaireVide() throws Exception {
        List<Path> restes = List.of();
        for (int i = 0; i < 50; i++) {
            try (Stream<Path> fichiers = Files.list(televersements.dossier())) {
                restes = fichiers.toList();
            }
            if (restes.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(restes).as("fichiers temporaires laissés").isEmpty();
    }

    private static String sha256(byte[] contenu) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
    }

    @Test
    void l_entete_du_banc_ne_contourne_aucun_controle_hors_du_banc() {
        // the bench's streaming-only handler exists only with sne.bench.depot-brut (never in the tests, never in
        // prod): its header reaches the lodging and its checks
        String numero = enregistrer("G5901", DemandeExemple.nord());
        Reponse r = api.multipart("G5901", "/v1.0/demandes/" + numero + "/pieces", List.of(
                Partie.fichier("fichier", "piece.pdf", "application/pdf", "pas un PDF".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), Partie.champ("categorie", "RESSOURCES")),
                java.util.Map.of("X-Sne-Bench", "depot-brut"));
        assertThat(r.statut()).as(r.texte()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from piece where numero_unique = ?").param(numero).query(Long.class)
                .single()).isZero();
    }

    @Test
    void le_plan_de_classement_est_publie_avec_un_etag_fort_et_change_par_l_administration_nationale() {
        Reponse r = api.get("G5901", "/v1.0/plan-de-classement");
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        String etag = r.entete("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        JsonNode plan = r.json();
        List<String> enregistrement = new ArrayList<>();
        plan.get("categories").forEach(c -> {
            if (c.get("nature").asString().equals("ENREGISTREMENT")) {
                enregistrement.add(c.get("code").asString());
            }
        });
        assertThat(enregistrement).containsExactly("IDENTITE");
        JsonNode avis = categorie(plan, "AVIS_IMPOSITION");
        assertThat(avis.get("obsolescence").asString()).isEqualTo("ANNEES:2");
        assertThat(avis.get("nature").asString()).isEqualTo("INSTRUCTION");
        assertThat(categorie(plan, "A_QUALIFIER")).isNotNull();

        Reponse inchange = api.envoyer("GET", "G5902", "/v1.0/plan-de-classement", null, Map.of("If-None-Match", etag));
        assertThat(inchange.statut()).isEqualTo(304);
        assertThat(inchange.corps()).isEmpty();

        // a guichet does not change it; the national administrator does, checked field by field
        List<Map<String, Object>> categories = new ArrayList<>();
        plan.get("categories").forEach(c -> categories.add(Map.of("code", c.get("code").asString(), "libelle",
                c.get("libelle").asString(), "maximum", c.get("maximum").asInt(), "nature", c.get("nature").asString(),
                "obsolescence", c.get("obsolescence").asString())));
        probleme(api.envoyer("PUT", "G5901", "/v1.0/plan-de-classement", Map.of("categories", categories), Map.of()),
                403, "PLAN_RESERVE_ADMINISTRATION_NATIONALE");
        List<Map<String, Object>> fautives = new ArrayList<>(categories);
        fautives.add(Map.of("code", "avis", "libelle", "x", "maximum", 0, "nature", "AUTRE", "obsolescence",
                "DUREE:6 mois"));
        fautives.add(categories.get(1));
        Reponse refus = api.envoyer("PUT", "ADMIN", "/v1.0/admin/plan-de-classement", Map.of("categories", fautives),
                Map.of());
        assertThat(refus.statut()).as(refus.texte()).isEqualTo(422);
        List<String> erreurs = new ArrayList<>();
        refus.json().get("erreurs").forEach(e -> erreurs.add(e.get("champ").asString() + " " + e.get("code")
                .asString()));
        int n = categories.size();
        assertThat(erreurs).containsExactlyInAnyOrder("categories[" + n + "].code FORMAT_INVALIDE",
                "categories[" + n + "].maximum HORS_BORNES", "categories[" + n + "].nature FORMAT_INVALIDE",
                "categories[" + n + "].obsolescence PLAN_OBSOLESCENCE_INVALIDE",
                "categories[" + (n + 1) + "].code PLAN_CATEGORIE_EN_DOUBLE");
        List<Map<String, Object>> sansAQualifier = categories.stream()
                .filter(c -> !c.get("code").equals("A_QUALIFIER")).toList();
        probleme(api.envoyer("PUT", "ADMIN", "/v1.0/admin/plan-de-classement", Map.of("categories", sansAQualifier),
                Map.of()), 422, "PLAN_CATEGORIE_REQUISE");
        // a category holding pieces stays
        String numero = enregistrer("G5901", DemandeExemple.nord());
        depose("G5901", numero, "DALO", FichiersEssai.pdf(1));
        probleme(api.envoyer("PUT", "ADMIN", "/v1.0/admin/plan-de-classement", Map.of("categories",
                categories.stream().filter(c -> !c.get("code").equals("DALO")).toList()), Map.of()), 422,
                "PLAN_CATEGORIE_UTILISEE");
        Reponse relu = api.get("G5901", "/v1.0/plan-de-classement");
        assertThat(relu.entete("ETag")).as(plan + "\n" + relu.texte()).isEqualTo(etag);

        List<Map<String, Object>> enPlus = new ArrayList<>(categories);
        String code = "ESSAI_" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        enPlus.add(Map.of("code", code, "libelle", "Attestation d'essai", "maximum", 2, "nature", "COMPLEMENTAIRE",
                "obsolescence", "DUREE:P3M"));
        Reponse publie = api.envoyer("PUT", "ADMIN", "/v1.0/admin/plan-de-classement", Map.of("categories", enPlus),
                Map.of());
        assertThat(publie.statut()).as(publie.texte()).isEqualTo(200);
        assertThat(publie.json().get("version").asInt()).isEqualTo(plan.get("version").asInt() + 1);
        Reponse apres = api.envoyer("GET", "G5901", "/v1.0/plan-de-classement", null, Map.of("If-None-Match", etag));
        assertThat(apres.statut()).isEqualTo(200);
        assertThat(apres.entete("ETag")).isNotEqualTo(etag).isEqualTo(publie.entete("ETag"));
        assertThat(categorie(apres.json(), code).get("obsolescence").asString()).isEqualTo("DUREE:P3M");
        assertThat(jdbc.sql("select publie_par from plan_classement where version = ?")
                .param(publie.json().get("version").asInt()).query(String.class).single()).isEqualTo("demo-admin");
    }

    private static JsonNode categorie(JsonNode plan, String code) {
        for (JsonNode c : plan.get("categories")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void une_piece_deposee_se_liste_se_lit_au_journal_et_son_mouvement_pjd_est_dans_les_deux_flux() throws Exception {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        Instant avant = Instant.now().minusSeconds(1);
        byte[] pdf = FichiersEssai.pdf(2);

        Reponse r = deposer("G5901", numero, "AVIS_IMPOSITION", "avis 2025.pdf", "application/pdf", pdf,
                Partie.champ("personne", "DEMANDEUR"), Partie.fichier("pages", null, "application/json",
                        "[{\"de\":1,\"a\":2,\"libelle\":\"avis d'imposition 2025\"}]".getBytes(StandardCharsets.UTF_8)));

        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        JsonNode piece = r.json();
        String id = piece.get("id").asString();
        assertThat(r.entete("Location")).isEqualTo("/v1.0/demandes/" + numero + "/pieces/" + id);
        assertThat(piece.get("categorie").asString()).isEqualTo("AVIS_IMPOSITION");
        assertThat(piece.get("personne").asString()).isEqualTo("DEMANDEUR");
        assertThat(piece.get("typeMedia").asString()).isEqualTo("application/pdf");
        assertThat(piece.get("taille").asLong()).isEqualTo(pdf.length);
        assertThat(piece.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(piece.get("guichet").asString()).isEqualTo("G5901");
        assertThat(piece.at("/pages/0/libelle").asString()).isEqualTo("avis d'imposition 2025");
        assertThat(piece.get("obsolete").asBoolean()).isFalse();
        // the key names no one; the store holds the very bytes
        assertThat(jdbc.sql("select cle_stockage from piece where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("pieces/" + id);
        assertThat(stockage.lire("pieces/" + id)).hasValue(pdf);

        // an image over the 256 KB of the other paths is welcome here
        byte[] grande = bruit(400, 400);
        assertThat(grande.length).isGreaterThan(256 * 1024);
        Reponse image = deposer("G5901", numero, "RESSOURCES", "bulletin.png", "image/png", grande);
        assertThat(image.statut()).as(image.texte()).isEqualTo(201);
        assertThat(image.json().get("typeMedia").asString()).isEqualTo("image/png");

        Reponse liste = api.get("G5902", "/v1.0/demandes/" + numero + "/pieces");
        assertThat(liste.statut()).isEqualTo(200);
        assertThat(liste.json().get("pieces")).hasSize(2);
        assertThat(liste.json().at("/pieces/0/id").asString()).isEqualTo(id);

        long journalAvant = jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = 'PIECE'")
                .param(numero).query(Long.class).single();
        Reponse fichier = api.get("G5902", "/v1.0/demandes/" + numero + "/pieces/" + id);
        assertThat(fichier.statut()).isEqualTo(200);
        assertThat(fichier.corps()).isEqualTo(pdf);
        assertThat(fichier.entete("Content-Type")).isEqualTo("application/pdf");
        assertThat(fichier.entete("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
        assertThat(jdbc.sql("""
                select acteur_id from journal_acces where numero_unique = ? and ecran = 'PIECE' order by id desc limit 1""")
                .param(numero).query(String.class).single()).isEqualTo("demo-g5902");
        assertThat(jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = 'PIECE'")
                .param(numero).query(Long.class).single()).isEqualTo(journalAvant + 1);

        // one PJD movement per piece, on the demande's version, in the JSON feed and in the XML feed
        assertThat(jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list()).containsExactly("CRE", "PJD", "PJD");
        String depuis = URLEncoder.encode(avant.toString(), StandardCharsets.UTF_8);
        List<JsonNode> pjd = new ArrayList<>();
        api.get("G5901", "/v1.0/mouvements?limite=10000&depuis=" + depuis).json().get("mouvements").forEach(m -> {
            if (m.get("numeroUnique").asString().equals(numero) && m.get("type").asString().equals("PJD")) {
                pjd.add(m);
            }
        });
        assertThat(pjd).hasSize(2);
        assertThat(pjd.getFirst().at("/document/action").asString()).isEqualTo("DEPOT");
        assertThat(pjd.getFirst().at("/document/piece/id").asString()).isEqualTo(id);
        assertThat(pjd.getFirst().at("/document/piece/sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(pjd.getFirst().at("/document/piece/pages/0/libelle").asString())
                .isEqualTo("avis d'imposition 2025");
        Reponse xml = api.envoyer("GET", "G5901", "/v1.0/mouvements?limite=10000&depuis=" + depuis, null,
                Map.of("Accept", "application/xml"));
        assertThat(xml.statut()).as(xml.texte()).isEqualTo(200);
        assertThat(xml.texte()).contains("<type>PJD</type>");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/xsd/mouvement-1.0.xsd")).newValidator()
                .validate(new StreamSource(new java.io.ByteArrayInputStream(xml.corps())));
    }

    /** A PNG of random pixels (it does not compress): about 3 bytes a pixel. */
    private static byte[] bruit(int largeur, int hauteur) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(largeur, hauteur,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random hasard = new java.util.Random();
        for (int x = 0; x < largeur; x++) {
            for (int y = 0; y < hauteur; y++) {
                image.setRGB(x, y, hasard.nextInt(0xFFFFFF));
            }
        }
        java.io.ByteArrayOutputStream sortie = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", sortie);
        return sortie.toByteArray();
    }

    @Test
    void une_categorie_pleine_nomme_ses_pieces_obsoletes_et_un_meme_fichier_ne_se_depose_pas_deux_fois() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        List<String> ids = new ArrayList<>();
        byte[] premier = FichiersEssai.pdf(1);
        ids.add(depose("G5901", numero, "DALO", premier).get("id").asString());
        for (int i = 1; i < 4; i++) {
            ids.add(depose("G5901", numero, "DALO", FichiersEssai.pdf(1)).get("id").asString());
        }

        Reponse pleine = deposer("G5901", numero, "DALO", "x.pdf", "application/pdf", FichiersEssai.pdf(1));
        probleme(pleine, 409, "CATEGORIE_PLEINE");
        assertThat(pleine.json().get("maximum").asInt()).isEqualTo(4);
        assertThat(pleine.json().get("piecesObsoletes")).isEmpty();

        // the nightly pass found the second obsolete: it is named, and any guichet of the territory may delete it
        jdbc.sql("update piece set obsolete = true where id = ?").param(UUID.fromString(ids.get(1))).update();
        Reponse encore = deposer("G5901", numero, "DALO", "x.pdf", "application/pdf", FichiersEssai.pdf(1));
        probleme(encore, 409, "CATEGORIE_PLEINE");
        assertThat(encore.json().get("piecesObsoletes").get(0).asString()).isEqualTo(ids.get(1));
        Reponse suppression = api.envoyer("DELETE", "G5902", "/v1.0/demandes/" + numero + "/pieces/" + ids.get(1),
                Map.of("motif", "pièce obsolète"), Map.of());
        assertThat(suppression.statut()).as(suppression.texte()).isEqualTo(204);
        depose("G5901", numero, "DALO", FichiersEssai.pdf(1));

        Reponse double_ = deposer("G5901", numero, "AUTRE_INSTRUCTION", "y.pdf", "application/pdf", premier);
        probleme(double_, 409, "PIECE_EN_DOUBLE");
        assertThat(double_.json().get("piece").asString()).isEqualTo(ids.get(0));

        // obsolete by its category's rule: a tax notice lodged three years ago
        String avis = depose("G5901", numero, "AVIS_IMPOSITION", FichiersEssai.pdf(1)).get("id").asString();
        jdbc.sql("update piece set deposee_le = deposee_le - interval '3 years' where id = ?")
                .param(UUID.fromString(avis)).update();
        JsonNode liste = api.get("G5901", "/v1.0/demandes/" + numero + "/pieces").json();
        liste.get("pieces").forEach(p -> assertThat(p.get("obsolete").asBoolean()).as(p.toString())
                .isEqualTo(p.get("id").asString().equals(avis)));
        // four, one deleted (its row kept for the history), one more, the tax notice; the duplicate refused
        assertThat(lignes(numero)).isEqualTo(6);
    }

    @Test
    void une_piece_se_supprime_avec_son_motif_par_qui_en_a_le_droit_et_reste_dans_l_historique() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String id = depose("G5901", numero, "LOGEMENT_ACTUEL", FichiersEssai.pdf(1)).get("id").asString();
        String chemin = "/v1.0/demandes/" + numero + "/pieces/" + id;

        probleme(api.envoyer("DELETE", "G5902", chemin, Map.of("motif", "erreur"), Map.of()), 403,
                "SUPPRESSION_PIECE_NON_AUTORISEE");
        probleme(api.envoyer("DELETE", "G6201", chemin, Map.of("motif", "erreur"), Map.of()), 404, "INTROUVABLE");
        probleme(api.envoyer("DELETE", "G5901", chemin, Map.of("motif", "  "), Map.of()), 422, "OBLIGATOIRE");
        assertThat(stockage.existe("pieces/" + id)).isTrue();

        Reponse r = api.envoyer("DELETE", "G5901", chemin, Map.of("motif", "déposée sur la mauvaise demande"),
                Map.of());
        assertThat(r.statut()).as(r.texte()).isEqualTo(204);
        Map<String, Object> ligne = jdbc.sql("select supprimee_par, motif_suppression from piece where id = ?")
                .param(UUID.fromString(id)).query().singleRow();
        assertThat(ligne).containsEntry("supprimee_par", "CLIENT_API:demo-g5901")
                .containsEntry("motif_suppression", "déposée sur la mauvaise demande");
        assertThat(stockage.existe("pieces/" + id)).isFalse();
        probleme(api.get("G5901", chemin), 404, "INTROUVABLE");
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero + "/pieces").json().get("pieces")).isEmpty();
        String document = jdbc.sql("select contenu::text from mouvement where numero_unique = ? and type = 'PJS'")
                .param(numero).query(String.class).single();
        JsonNode pjs = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document);
        assertThat(pjs.get("motif").asString()).isEqualTo("déposée sur la mauvaise demande");
        assertThat(pjs.at("/piece/id").asString()).isEqualTo(id);
        assertThat(pjs.get("action").asString()).isEqualTo("SUPPRESSION");

        // the gestionnaire territorial's software deletes any piece of his territory
        String autre = depose("G5901", numero, "LOGEMENT_ACTUEL", FichiersEssai.pdf(1)).get("id").asString();
        Reponse gestionnaire = api.envoyer("DELETE", "GT-059", "/v1.0/admin/demandes/" + numero + "/pieces/" + autre,
                Map.of("motif", "doublon papier"), Map.of());
        assertThat(gestionnaire.statut()).as(gestionnaire.texte()).isEqualTo(204);
    }

    @Test
    void les_pieces_attendues_sont_les_categories_requises_sans_piece_valide_et_a_jour() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        List<String> requises = attendues.pour(numero).stream().map(fr.sne.pieces.domaine.Categorie::code).toList();
        assertThat(requises).contains("IDENTITE", "AVIS_IMPOSITION", "RESSOURCES")
                .doesNotContain("DALO", "HANDICAP", "A_QUALIFIER");

        String identite = depose("G5901", numero, "IDENTITE", FichiersEssai.pdf(1)).get("id").asString();
        String avis = depose("G5901", numero, "AVIS_IMPOSITION", FichiersEssai.pdf(1)).get("id").asString();
        assertThat(attendues.pour(numero)).extracting(fr.sne.pieces.domaine.Categorie::code)
                .doesNotContain("IDENTITE", "AVIS_IMPOSITION").contains("RESSOURCES");

        // an illegible identity document is asked for again, so is a tax notice too old
        jdbc.sql("update piece set qualification = 'INEXPLOITABLE', qualifiee_par = 'essai', qualifiee_le = now() "
                + "where id = ?").param(UUID.fromString(identite)).update();
        jdbc.sql("update piece set deposee_le = deposee_le - interval '3 years' where id = ?")
                .param(UUID.fromString(avis)).update();
        assertThat(attendues.pour(numero)).extracting(fr.sne.pieces.domaine.Categorie::code)
                .contains("IDENTITE", "AVIS_IMPOSITION");
    }

    @Test
    void une_piece_mal_classee_se_reclasse_et_son_mouvement_pjr_nomme_la_categorie_quittee() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String id = depose("G5901", numero, "A_QUALIFIER", FichiersEssai.pdf(1)).get("id").asString();
        String chemin = "/v1.0/demandes/" + numero + "/pieces/" + id + "/reclassement";

        Reponse r = api.post("G5902", chemin, Map.of("categorie", "RESSOURCES"), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        assertThat(r.json().get("categorie").asString()).isEqualTo("RESSOURCES");
        String document = jdbc.sql("select contenu::text from mouvement where numero_unique = ? and type = 'PJR'")
                .param(numero).query(String.class).single();
        JsonNode pjr = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document);
        assertThat(pjr.get("categoriePrecedente").asString()).isEqualTo("A_QUALIFIER");
        assertThat(pjr.at("/piece/categorie").asString()).isEqualTo("RESSOURCES");
        assertThat(pjr.get("action").asString()).isEqualTo("RECLASSEMENT");
        probleme(api.post("G5902", chemin, Map.of("categorie", "RESSOURCES"), null), 422, "RECLASSEMENT_INUTILE");
        probleme(api.post("G5902", chemin, Map.of("categorie", "INCONNUE"), null), 422, "CATEGORIE_INCONNUE");
        probleme(api.post("G6201", chemin, Map.of("categorie", "DALO"), null), 404, "INTROUVABLE");
    }

    @Test
    void chaque_mauvaise_entree_est_un_refus_clair_sans_rien_garder() throws Exception {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        long objets = objetsPieces();
        byte[] pdf = FichiersEssai.pdf(2);
        record Cas(String nom, String categorie, String fichier, String type, byte[] contenu, int statut, String code,
                Partie... autres) {
        }
        List<Cas> cas = List.of(
                new Cas("texte nommé pdf", "DALO", "notes.pdf", "application/pdf",
                        "bonjour".getBytes(StandardCharsets.UTF_8), 422, "TYPE_PIECE_NON_ADMIS"),
                new Cas("PDF nommé png", "DALO", "photo.png", null, pdf, 422, "CONTENU_NON_CONFORME"),
                new Cas("PDF annoncé image/png", "DALO", "scan", "image/png", pdf, 422, "CONTENU_NON_CONFORME"),
                new Cas("PDF chiffré", "DALO", "a.pdf", "application/pdf", FichiersEssai.pdfChiffre("secret"), 422,
                        "PDF_CHIFFRE"),
                new Cas("PDF protégé sans mot de passe d'ouverture", "DALO", "a.pdf", "application/pdf",
                        FichiersEssai.pdfChiffre(""), 422, "PDF_CHIFFRE"),
                new Cas("PDF avec JavaScript", "DALO", "a.pdf", "application/pdf", FichiersEssai.pdfJavaScript(), 422,
                        "PDF_JAVASCRIPT"),
                new Cas("PDF avec fichier incorporé", "DALO", "a.pdf", "application/pdf",
                        FichiersEssai.pdfFichierIncorpore(), 422, "PDF_FICHIER_INCORPORE"),
                new Cas("image de 100 000 × 100 000 pixels", "DALO", "a.png", "image/png",
                        FichiersEssai.pngDeclarant(100_000, 100_000), 422, "IMAGE_TROP_GRANDE"),
                new Cas("PDF tronqué", "DALO", "a.pdf", "application/pdf", FichiersEssai.tronque(pdf), 422,
                        "PIECE_TRONQUEE"),
                new Cas("PNG tronqué", "DALO", "a.png", "image/png", FichiersEssai.tronque(FichiersEssai.image("png")),
                        422, "PIECE_TRONQUEE"),
                new Cas("PDF endommagé", "DALO", "a.pdf", "application/pdf",
                        "%PDF-1.7\n1 0 obj <<< garbage >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 422,
                        "PIECE_ILLISIBLE"),
                new Cas("fichier vide", "DALO", "a.pdf", "application/pdf", new byte[0], 422, "PIECE_VIDE"),
                new Cas("chemin dans le nom", "DALO", "../../etc/passwd.pdf", "application/pdf", pdf, 422,
                        "NOM_FICHIER_INVALIDE"),
                new Cas("chemin Windows dans le nom", "DALO", "C:\\\\temp\\\\a.pdf", "application/pdf", pdf, 422,
                        "NOM_FICHIER_INVALIDE"),
                new Cas("catégorie inconnue", "PASSEPORT_DU_CHAT", "a.pdf", "application/pdf", pdf, 422,
                        "CATEGORIE_INCONNUE"),
                new Cas("pages au-delà du fichier", "DALO", "a.pdf", "application/pdf", pdf, 422, "PAGES_INVALIDES",
                        Partie.champ("pages", "[{\"de\":1,\"a\":5}]")),
                new Cas("pages illisibles", "DALO", "a.pdf", "application/pdf", pdf, 422, "PAGES_INVALIDES",
                        Partie.champ("pages", "[{\"de\":1,\"a\":2,\"script\":true}]")),
                new Cas("personne absente du ménage", "DALO", "a.pdf", "application/pdf", pdf, 422,
                        "PERSONNE_INCONNUE", Partie.champ("personne", "CO_DEMANDEUR:3")));
        for (Cas c : cas) {
            Reponse r = deposer("G5901", numero, c.categorie(), c.fichier(), c.type(), c.contenu(), c.autres());
            assertThat(r.statut()).as(c.nom() + " : " + r.texte()).isEqualTo(c.statut());
            assertThat(r.json().at("/erreurs/0/code").asString()).as(c.nom() + " : " + r.texte()).isEqualTo(c.code());
        }
        // without a file at all
        Reponse sansFichier = api.multipart("G5901", "/v1.0/demandes/" + numero + "/pieces",
                List.of(Partie.champ("categorie", "DALO")));
        assertThat(sansFichier.statut()).as(sansFichier.texte()).isEqualTo(400);
        // a demande of another territory is not found, and nothing is read into it
        probleme(deposer("G6201", numero, "DALO", "a.pdf", "application/pdf", pdf), 404, "INTROUVABLE");
        probleme(api.get("G6201", "/v1.0/demandes/" + numero + "/pieces"), 404, "INTROUVABLE");

        assertThat(lignes(numero)).isZero();
        assertThat(objetsPieces()).isEqualTo(objets);
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type like 'PJ_'")
                .param(numero).query(Long.class).single()).isZero();
        dossierTemporaireVide();
    }

    @Test
    void un_corps_de_deux_go_est_refuse_avant_d_etre_lu_ou_pendant_sa_lecture_sans_rien_laisser() throws Exception {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        long objets = objetsPieces();
        String chemin = "/v1.0/demandes/" + numero + "/pieces";
        String jeton = api.jeton("G5901");
        String frontiere = "essai2go";
        String debut = "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"categorie\"\r\n\r\nDALO\r\n--"
                + frontiere + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n";

        // announced: refused before anything is read
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream sortie = socket.getOutputStream();
            sortie.write(("POST " + chemin + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + jeton
                    + "\r\nContent-Type: multipart/form-data; boundary=" + frontiere
                    + "\r\nContent-Length: 2147483648\r\n\r\n" + debut).getBytes(StandardCharsets.UTF_8));
            sortie.flush();
            String reponse = lireReponse(socket.getInputStream());
            assertThat(reponse).startsWith("HTTP/1.1 413").contains("CORPS_TROP_VOLUMINEUX");
        }

        // streamed without a length: refused while it streams, long before 2 GB
        long envoyes = 0;
        String reponse;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream sortie = socket.getOutputStream();
            sortie.write(("POST " + chemin + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + jeton
                    + "\r\nContent-Type: multipart/form-data; boundary=" + frontiere
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            sortie.write(morceau(debut.getBytes(StandardCharsets.UTF_8)));
            byte[] bloc = new byte[64 * 1024];
            java.util.Arrays.fill(bloc, (byte) '0');
            byte[] morceau = morceau(bloc);
            try {
                while (envoyes < 2L * 1024 * 1024 * 1024) {
                    sortie.write(morceau);
                    envoyes += bloc.length;
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the server stopped reading and closed: its answer is waiting
            }
            reponse = lireReponse(socket.getInputStream());
        }
        assertThat(reponse).startsWith("HTTP/1.1 413");
        assertThat(envoyes).as("octets envoyés avant le refus").isLessThan(100L * 1024 * 1024);

        assertThat(lignes(numero)).isZero();
        assertThat(objetsPieces()).isEqualTo(objets);
        dossierTemporaireVide();
        // the other paths keep their 256 KB
        Reponse demande = api.requete("POST", "G5901", "/v1.0/demandes", Map.of("Content-Type", "application/json",
                "Idempotency-Key", UUID.randomUUID().toString()), "{\"x\":\"" + "a".repeat(300 * 1024) + "\"}");
        assertThat(demande.statut()).isEqualTo(413);
    }

    private static byte[] morceau(byte[] donnees) {
        byte[] entete = (Integer.toHexString(donnees.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tout = new byte[entete.length + donnees.length + 2];
        System.arraycopy(entete, 0, tout, 0, entete.length);
        System.arraycopy(donnees, 0, tout, entete.length, donnees.length);
        tout[tout.length - 2] = '\r';
        tout[tout.length - 1] = '\n';
        return tout;
    }

    /** The status line, headers and what came of the body, until the server closes or stays silent. */
    private static String lireReponse(InputStream entree) throws IOException {
        java.io.ByteArrayOutputStream lu = new java.io.ByteArrayOutputStream();
        byte[] tampon = new byte[8192];
        try {
            int n;
            while ((n = entree.read(tampon)) > 0) {
                lu.write(tampon, 0, n);
                String texte = lu.toString(StandardCharsets.UTF_8);
                if (texte.contains("\r\n\r\n") && texte.contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            // what was read is the answer
        }
        return lu.toString(StandardCharsets.UTF_8);
    }
}
