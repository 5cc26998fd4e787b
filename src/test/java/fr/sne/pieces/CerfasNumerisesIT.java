package fr.sne.pieces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.DemandeExemple;
import fr.sne.pieces.application.SaisieCerfas;
import fr.sne.pieces.domaine.CerfaNumerise;
import fr.sne.pieces.domaine.Piece;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national entry centre's queue (issue 17 §3, ADR 0025): the digitisation provider posts a scanned paper Cerfa
 * ({@code POST /v1.0/numerisation/cerfas}, habilitation numerisation), every bad input is refused with its code and
 * nothing kept; then one scan walks to a demande: linked to a draft, the demande registered by the centre, the scan
 * filed on it as two pieces (form, attached pages) and out of the queue.
 */
class CerfasNumerisesIT extends ApiIT {

    /** The test's provider: the centre's demo client, granted numerisation for the test. */
    private static final String CLIENT = "demo-gcnat";

    @Autowired
    private SaisieCerfas saisie;
    @Autowired
    private Stockage stockage;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String jeton;

    @BeforeEach
    void prestataire() throws Exception {
        jdbc.sql("insert into client_api_habilitation (client_id, habilitation, accordee_par) "
                + "values (?, 'numerisation', 'essai') on conflict do nothing").param(CLIENT).update();
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + CLIENT + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=numerisation")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        jeton = json.readTree(r.body()).get("access_token").asString();
    }

    @AfterEach
    void retrait() {
        jdbc.sql("delete from client_api_habilitation where client_id = ? and habilitation = 'numerisation'")
                .param(CLIENT).update();
    }

    /** A multipart POST of this file with these fields. */
    private Reponse deposer(String jetonAppelant, byte[] fichier, String nomFichier, Map<String, String> champs)
            throws Exception {
        String frontiere = "essai" + UUID.randomUUID();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        for (var champ : champs.entrySet()) {
            corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + champ.getKey()
                    + "\"\r\n\r\n" + champ.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fichier != null) {
            corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                    + nomFichier + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            corps.writeBytes(fichier);
            corps.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        corps.writeBytes(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v1.0/numerisation/cerfas"))
                .header("Authorization", "Bearer " + jetonAppelant)
                .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> entetes = new java.util.HashMap<>();
        r.headers().map().forEach((k, v) -> entetes.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        return new Reponse(r.statusCode(), entetes, r.body(), json);
    }

    private long objetsCerfas() {
        try (var objets = stockage.lister("cerfas/")) {
            return objets.count();
        }
    }

    private long lignes() {
        return jdbc.sql("select count(*) from cerfa_numerise").query(Long.class).single();
    }

    private void refuse(Reponse r, int statut, String code, String champ) {
        assertThat(r.statut()).as(r.texte()).isEqualTo(statut);
        assertThat(r.entete("Content-Type")).startsWith("application/problem+json");
        JsonNode probleme = r.json();
        if (champ == null) {
            assertThat(probleme.get("code").asString()).isEqualTo(code);
        } else {
            assertThat(probleme.get("erreurs").get(0).get("champ").asString()).isEqualTo(champ);
            assertThat(probleme.get("erreurs").get(0).get("code").asString()).isEqualTo(code);
        }
    }

    @Test
    void tout_envoi_invalide_est_refuse_avec_son_code_et_rien_n_est_garde() throws Exception {
        String marque = UUID.randomUUID().toString();
        long objets = objetsCerfas();
        long lignes = lignes();

        refuse(deposer(jeton, "ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8), "cerfa.pdf", Map.of()),
                422, "CERFA_PDF_ATTENDU", "fichier");
        refuse(deposer(jeton, new byte[0], "cerfa.pdf", Map.of()), 422, "CERFA_PDF_ATTENDU", "fichier");
        refuse(deposer(jeton, PdfEssai.chiffre(marque), "cerfa.pdf", Map.of()), 422, "CERFA_PDF_REFUSE", "fichier");
        refuse(deposer(jeton, PdfEssai.avecJavaScript(marque), "cerfa.pdf", Map.of()), 422, "CERFA_PDF_REFUSE",
                "fichier");
        refuse(deposer(jeton, PdfEssai.tronque(marque), "cerfa.pdf", Map.of()), 422, "CERFA_PDF_REFUSE", "fichier");
        refuse(deposer(jeton, PdfEssai.pages(2, marque), "cerfa.pdf", Map.of("pagesCerfa", "3")), 422,
                "FORMAT_INVALIDE", "pagesCerfa");
        refuse(deposer(jeton, PdfEssai.pages(2, marque), "cerfa.pdf", Map.of("reference", "../../etc/passwd\u202e")),
                422, "FORMAT_INVALIDE", "reference");
        // a path in the file's name is never used: the name is not kept
        // without the habilitation: a guichet's ordinary client
        Reponse sansHabilitation = deposer(api.jeton("G5901"), PdfEssai.pages(1, marque), "cerfa.pdf", Map.of());
        assertThat(sansHabilitation.statut()).as(sansHabilitation.texte()).isEqualTo(403);

        assertThat(objetsCerfas()).isEqualTo(objets);
        assertThat(lignes()).isEqualTo(lignes);
    }

    @Test
    void un_cerfa_numerise_va_de_la_file_a_sa_demande() throws Exception {
        byte[] pli = PdfEssai.pages(3, UUID.randomUUID().toString());
        String reference = "PLI-" + UUID.randomUUID().toString().substring(0, 8);
        Reponse recu = deposer(jeton, pli, "../scan.pdf", Map.of("pagesCerfa", "2", "reference", reference));
        assertThat(recu.statut()).as(recu.texte()).isEqualTo(202);
        UUID id = UUID.fromString(recu.json().get("id").asString());
        assertThat(recu.json().get("pages").asInt()).isEqualTo(3);
        assertThat(recu.json().get("pagesCerfa").asInt()).isEqualTo(2);
        assertThat(recu.json().get("etat").asString()).isEqualTo("A_SAISIR");
        assertThat(stockage.lire("cerfas/" + id)).hasValue(pli);
        assertThat(jdbc.sql("select cle_stockage from cerfa_numerise where id = ?").param(id).query(String.class)
                .single()).isEqualTo("cerfas/" + id).doesNotContain(reference);
        // the same scan twice: refused, the first one stays
        refuse(deposer(jeton, pli, "scan.pdf", Map.of()), 409, "CERFA_DEJA_RECU", null);

        // the queue is the centre's: its agent sees the scan, others are refused
        Acteur agent = Acteur.agent("agent-gcnat", "GCNAT", "CENTRE_NATIONAL", "111");
        assertThat(saisie.file(agent).aSaisir()).extracting(CerfaNumerise::id).contains(id);
        assertThat(saisie.imagePage(id, 3, agent)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThatThrownBy(() -> saisie.file(Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059")))
                .isInstanceOf(AccesRefuseException.class);
        assertThatThrownBy(() -> saisie.fichier(id, Acteur.administrateurNational("admin")))
                .isInstanceOf(AccesRefuseException.class);

        // its agent types it in a draft and registers the demande (in the Pas-de-Calais: anywhere)
        UUID brouillon = UUID.randomUUID();
        saisie.lier(id, brouillon, agent);
        Reponse enregistree = api.post("GCNAT", "/v1.0/demandes", DemandeExemple.pasDeCalais().json(),
                UUID.randomUUID().toString());
        assertThat(enregistree.statut()).as(enregistree.texte()).isEqualTo(201);
        String numero = enregistree.json().get("numeroUnique").asString();

        List<Piece> pieces = saisie.classer(brouillon, numero, agent);
        assertThat(pieces).hasSize(2).allSatisfy(p -> {
            assertThat(p.numeroUnique()).isEqualTo(numero);
            assertThat(p.categorie()).isEqualTo(SaisieCerfas.CATEGORIE);
            assertThat(p.typeMedia()).isEqualTo("application/pdf");
        });
        assertThat(pieces.get(0).pages()).singleElement().satisfies(p -> assertThat(p.a()).isEqualTo(2));
        assertThat(pieces.get(1).pages()).singleElement().satisfies(p -> assertThat(p.a()).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from piece where numero_unique = ? and supprimee_le is null")
                .param(numero).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'PJD'")
                .param(numero).query(Long.class).single()).isEqualTo(2);
        // out of the queue, its bytes gone from the queue's key; filing again does nothing
        assertThat(jdbc.sql("select etat || ' ' || numero_unique from cerfa_numerise where id = ?").param(id)
                .query(String.class).single()).isEqualTo("SAISI " + numero);
        assertThat(stockage.existe("cerfas/" + id)).isFalse();
        assertThat(saisie.file(agent).aSaisir()).extracting(CerfaNumerise::id).doesNotContain(id);
        assertThat(saisie.classer(brouillon, numero, agent)).isEmpty();
        // and the same scan again is answered as registered
        refuse(deposer(jeton, pli, "scan.pdf", Map.of()), 409, "CERFA_DEJA_SAISI", null);
    }
}
