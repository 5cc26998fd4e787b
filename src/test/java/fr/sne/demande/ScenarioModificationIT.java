package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import tools.jackson.databind.JsonNode;

/** A guichet corrects a demande it reads: on the version it read, field by field, and the history says what. */
class ScenarioModificationIT extends ApiIT {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private String enregistrer(DemandeExemple demande) {
        Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private Reponse modifier(String guichet, String numero, DemandeExemple demande, String etag) {
        return api.envoyer("PUT", guichet, "/v1.0/demandes/" + numero, demande.json(),
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private int mouvements(String numero) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero)
                .query(Integer.class).single();
    }

    @Test
    void une_autre_commune_du_territoire_corrige_l_adresse_sur_la_version_lue() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);
        Reponse lue = api.get("G5902", "/v1.0/demandes/" + numero);
        String etag = lue.entete("ETag");
        assertThat(etag).isEqualTo("\"v0\"");

        demande.avec("adresse", Map.of("voie", "8 rue de Lille", "codePostal", "59000", "commune", "59350"));
        Reponse modifiee = modifier("G5902", numero, demande, etag);

        assertThat(modifiee.statut()).as(modifiee.texte()).isEqualTo(200);
        assertThat(modifiee.entete("ETag")).isEqualTo("\"v1\"");
        assertThat(modifiee.json().at("/demande/adresse/voie").asString()).isEqualTo("8 rue de Lille");
        assertThat(modifiee.json().get("numeroUnique").asString()).isEqualTo(numero);
        assertThat(modifiee.json().get("dateDepot")).isEqualTo(lue.json().get("dateDepot"));
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).entete("ETag")).isEqualTo("\"v1\"");

        JsonNode historique = api.get("G5901", "/v1.0/demandes/" + numero + "/historique").json();
        assertThat(historique.at("/mouvements/0/type").asString()).isEqualTo("CRE");
        assertThat(historique.at("/mouvements/1/type").asString()).isEqualTo("MOD");
        assertThat(historique.at("/mouvements/1/guichet").asString()).isEqualTo("G5902");
        assertThat(historique.at("/mouvements/1/acteur/type").asString()).isEqualTo("CLIENT_API");
        assertThat(historique.at("/mouvements/1/acteur/identifiant").asString()).isEqualTo("demo-g5902");
        assertThat(historique.at("/mouvements/1/details/acteur")).isEqualTo(historique.at("/mouvements/1/acteur"));
        assertThat(jdbc.sql("""
                select acteur_type || ':' || acteur_id from mouvement where numero_unique = ? and type = 'MOD'""")
                .param(numero).query(String.class).single()).as("colonnes acteur du mouvement")
                .isEqualTo("CLIENT_API:demo-g5902");
        assertThat(jdbc.sql("select contenu ->> 'version' from demande where numero_unique = ?").param(numero)
                .query(String.class).single()).as("document stocké versionné").isEqualTo("1");
        assertThat(historique.at("/mouvements/1/rubriquesModifiees").toString()).isEqualTo("[\"adresse\"]");
        assertThat(historique.get("mouvements")).hasSize(2);
    }

    @Test
    void sans_if_match_la_modification_est_refusee_428_et_sur_une_version_perimee_412_sans_rien_ecrire() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);
        demande.avec("precisions", "Rez-de-chaussée souhaité");

        Reponse sansVersion = modifier("G5901", numero, demande, null);
        assertThat(sansVersion.statut()).isEqualTo(428);
        assertThat(sansVersion.json().get("code").asString()).isEqualTo("VERSION_REQUISE");

        assertThat(modifier("G5901", numero, demande, "\"v0\"").statut()).isEqualTo(200);
        demande.avec("precisions", "Ascenseur souhaité");
        Reponse perimee = modifier("G5901", numero, demande, "\"v0\"");

        assertThat(perimee.statut()).isEqualTo(412);
        assertThat(perimee.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(perimee.json().get("code").asString()).isEqualTo("VERSION_PERIMEE");
        assertThat(mouvements(numero)).isEqualTo(2);
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).json().at("/demande/precisions").asString())
                .isEqualTo("Rez-de-chaussée souhaité");
    }

    /**
     * RFC 9110 compares If-Match strongly, and this API wants the version read: "*" (any version), a weak tag
     * (W/), a list of tags, two If-Match lines or anything that is not an ETag it gave are refused, 400 with the
     * code VERSION_INVALIDE, and nothing is written; on the modification and on the other changes alike.
     */
    @Test
    void un_if_match_etoile_faible_multiple_ou_mal_forme_est_refuse_400_sans_rien_ecrire() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);
        demande.avec("precisions", "Jamais écrit");

        for (String ifMatch : List.of("*", "W/\"v0\"", "\"v0\", \"v1\"", "\"v1\",\"v0\"", "v0", "\"abc\"",
                "\"v01\"", "\"v99999999999\"", "\"v0", "W/*")) {
            Reponse r = modifier("G5901", numero, demande, ifMatch);

            assertThat(r.statut()).as(ifMatch + " → " + r.texte()).isEqualTo(400);
            assertThat(r.entete("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("code").asString()).as(ifMatch).isEqualTo("VERSION_INVALIDE");
            assertThat(r.json().at("/erreurs/0/champ").asString()).isEqualTo("If-Match");
            assertThat(r.json().at("/erreurs/0/code").asString()).isEqualTo("VERSION_INVALIDE");
            assertThat(r.json().get("detail").asString()).as(ifMatch).contains("If-Match").doesNotContain("-1");
        }
        Reponse deuxLignes = api.requete("PUT", "G5901", "/v1.0/demandes/" + numero, List.of(
                Map.entry("Content-Type", "application/json"), Map.entry("If-Match", "\"v0\""),
                Map.entry("If-Match", "\"v0\"")), JSON.writeValueAsString(demande.json()));
        assertThat(deuxLignes.statut()).as(deuxLignes.texte()).isEqualTo(400);
        assertThat(deuxLignes.json().get("code").asString()).isEqualTo("VERSION_INVALIDE");
        Reponse radiation = api.envoyer("POST", "G5901", "/v1.0/demandes/" + numero + "/radiation",
                Map.of("motif", "b"), Map.of("If-Match", "*"));
        assertThat(radiation.statut()).as(radiation.texte()).isEqualTo(400);
        assertThat(radiation.json().get("code").asString()).isEqualTo("VERSION_INVALIDE");
        Reponse faible = api.envoyer("POST", "G5901", "/v1.0/demandes/" + numero + "/radiation",
                Map.of("motif", "b"), Map.of("If-Match", "W/\"v0\""));
        assertThat(faible.statut()).as(faible.texte()).isEqualTo(400);

        assertThat(mouvements(numero)).isEqualTo(1);
        Reponse relue = api.get("G5901", "/v1.0/demandes/" + numero);
        assertThat(relue.entete("ETag")).isEqualTo("\"v0\"");
        assertThat(relue.json().at("/statut").asString()).isEqualTo("ACTIVE");
        // the strong tag read, with spaces around it, still works
        assertThat(modifier("G5901", numero, demande, "  \"v0\" ").statut()).isEqualTo(200);
    }

    @Test
    void deux_modifications_simultanees_sur_le_meme_etag_une_seule_passe() throws Exception {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);
        int essais = 6;
        ExecutorService fils = Executors.newFixedThreadPool(essais);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<Integer>> statuts = new ArrayList<>();
        for (int i = 0; i < essais; i++) {
            Map<String, Object> corps = new java.util.LinkedHashMap<>(demande.json());
            corps.put("precisions", "Version " + i);
            statuts.add(fils.submit(() -> {
                depart.await();
                return api.envoyer("PUT", "G5901", "/v1.0/demandes/" + numero, corps, Map.of("If-Match", "\"v0\""))
                        .statut();
            }));
        }
        depart.countDown();
        List<Integer> obtenus = new ArrayList<>();
        for (Future<Integer> statut : statuts) {
            obtenus.add(statut.get());
        }
        fils.shutdown();

        assertThat(obtenus).containsOnly(200, 412);
        assertThat(obtenus).filteredOn(s -> s == 200).hasSize(1);
        assertThat(mouvements(numero)).isEqualTo(2);
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).entete("ETag")).isEqualTo("\"v1\"");
    }

    @Test
    void la_modification_est_verifiee_champ_par_champ_et_garde_date_de_depot_et_territoire() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);
        demande.avec("dateDepot", "2020-01-01");
        demande.demandeur().put("dateNaissance", "2999-01-01");
        demande.logementRecherche().put("communesSouhaitees", new ArrayList<>(List.of("62041")));

        Reponse refusee = modifier("G5901", numero, demande, "\"v0\"");

        assertThat(refusee.statut()).isEqualTo(422);
        assertThat(refusee.json().get("erreurs").findValuesAsString("code")).contains("DATE_DEPOT_NON_MODIFIABLE",
                "TERRITOIRE_NON_MODIFIABLE");
        assertThat(refusee.json().get("erreurs").findValuesAsString("champ")).contains("demandeur.dateNaissance");
        assertThat(mouvements(numero)).isEqualTo(1);
    }

    @Test
    void un_guichet_corrige_un_pays_par_son_nom_mais_pas_par_un_code_iso() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);

        demande.demandeur().put("paysNaissance", "bel");
        Reponse refusee = modifier("G5901", numero, demande, "\"v0\"");
        assertThat(refusee.statut()).isEqualTo(422);
        assertThat(refusee.json().get("erreurs").get(0).get("champ").asString()).isEqualTo("demandeur.paysNaissance");
        assertThat(refusee.json().get("erreurs").get(0).get("code").asString()).isEqualTo("PAYS_CODE_ISO_REFUSE");

        demande.demandeur().put("paysNaissance", "ALGERIE");
        Reponse acceptee = modifier("G5901", numero, demande, "\"v0\"");
        assertThat(acceptee.statut()).as(acceptee.texte()).isEqualTo(200);
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).json().at("/demande/demandeur/paysNaissance")
                .asString()).isEqualTo("Algérie");
    }

    @Test
    void un_changement_d_identite_vers_une_personne_deja_demandeuse_est_un_doublon() {
        DemandeExemple premiere = DemandeExemple.nord();
        String existante = enregistrer(premiere);
        DemandeExemple seconde = DemandeExemple.nord();
        String numero = enregistrer(seconde);

        seconde.demandeur().put("nomNaissance", premiere.nom());
        Reponse doublon = modifier("G5901", numero, seconde, "\"v0\"");

        assertThat(doublon.statut()).isEqualTo(409);
        assertThat(doublon.json().get("code").asString()).isEqualTo("DOUBLON");
        assertThat(doublon.json().get("numeroUniqueExistant").asString()).isEqualTo(existante);
        assertThat(mouvements(numero)).isEqualTo(1);
        // the demande itself is no duplicate of itself: same identity, other rubric
        premiere.avec("precisions", "Proche d'une école");
        assertThat(modifier("G5901", existante, premiere, "\"v0\"").statut()).isEqualTo(200);
    }

    @Test
    void une_demande_d_un_autre_territoire_ne_se_modifie_pas() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);

        assertThat(modifier("G6201", numero, demande, "\"v0\"").statut()).isEqualTo(404);
        assertThat(api.get("G6201", "/v1.0/demandes/" + numero + "/historique").statut()).isEqualTo(404);
    }
}
