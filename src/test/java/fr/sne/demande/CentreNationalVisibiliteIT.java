package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.echanges.ExportsApiIT;
import fr.sne.echanges.application.ProduireExports;
import tools.jackson.databind.JsonNode;

/**
 * The national entry centre (ADR 0025), through the API as its software (demo client {@code demo-gcnat}, guichet
 * GCNAT): it registers in the Nord and in the Pas-de-Calais, and on every route reads its own demandes and nothing
 * of a demande another guichet registered there (404 or absent): read one, duplicates search, history, feed,
 * export, lifecycle actions. The guichet of the territory still reads the centre's demande.
 */
class CentreNationalVisibiliteIT extends ApiIT {

    private static final String CENTRE = "GCNAT";

    @Autowired
    private ProduireExports produire;

    private Reponse enregistrer(String guichet, DemandeExemple demande) {
        return api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
    }

    private String numero(Reponse r) {
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private JsonNode page(String guichet, String curseur) {
        Reponse r = api.get(guichet, "/v1.0/mouvements?limite=10000" + (curseur == null ? "" : "&curseur=" + curseur));
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        return r.json();
    }

    private String aJour(String guichet) {
        String curseur = null;
        while (true) {
            JsonNode page = page(guichet, curseur);
            curseur = page.get("curseurSuivant").asString();
            if (page.get("aJour").asBoolean()) {
                return curseur;
            }
        }
    }

    private List<String> numerosDuFlux(String guichet, String curseur) {
        List<String> numeros = new ArrayList<>();
        while (true) {
            JsonNode page = page(guichet, curseur);
            page.get("mouvements").forEach(m -> numeros.add(m.get("numeroUnique").asString()));
            curseur = page.get("curseurSuivant").asString();
            if (page.get("aJour").asBoolean()) {
                return numeros;
            }
        }
    }

    @Test
    void le_centre_enregistre_partout_et_ne_lit_que_ce_qu_il_a_enregistre() throws Exception {
        String curseurCentre = aJour(CENTRE);
        DemandeExemple nord = DemandeExemple.nord();
        String duCentreNord = numero(enregistrer(CENTRE, nord));
        String duCentrePasDeCalais = numero(enregistrer(CENTRE, DemandeExemple.pasDeCalais()));
        DemandeExemple autre = DemandeExemple.nord();
        String duGuichetNord = numero(enregistrer("G5901", autre));
        // registering anywhere: a Nord and a Pas-de-Calais numéro, both ending with the centre's code
        assertThat(duCentreNord).startsWith("059").endsWith(CENTRE);
        assertThat(duCentrePasDeCalais).startsWith("062").endsWith(CENTRE);
        assertThat(jdbc.sql("select guichet_enregistreur from demande where numero_unique = ?").param(duCentreNord)
                .query(String.class).single()).isEqualTo(CENTRE);

        // read one
        assertThat(api.get(CENTRE, "/v1.0/demandes/" + duCentreNord).statut()).isEqualTo(200);
        assertThat(api.get(CENTRE, "/v1.0/demandes/" + duCentrePasDeCalais).statut()).isEqualTo(200);
        Reponse lue = api.get(CENTRE, "/v1.0/demandes/" + duGuichetNord);
        assertThat(lue.statut()).as(lue.texte()).isEqualTo(404);
        // the guichet of the territory reads the centre's demande; the other territory's guichet does not
        assertThat(api.get("G5902", "/v1.0/demandes/" + duCentreNord).statut()).isEqualTo(200);
        assertThat(api.get("G6201", "/v1.0/demandes/" + duCentreNord).statut()).isEqualTo(404);

        // history and attestation
        assertThat(api.get(CENTRE, "/v1.0/demandes/" + duCentreNord + "/historique").statut()).isEqualTo(200);
        assertThat(api.get(CENTRE, "/v1.0/demandes/" + duGuichetNord + "/historique").statut()).isEqualTo(404);
        assertThat(api.get(CENTRE, "/v1.0/demandes/" + duGuichetNord + "/attestation").statut()).isEqualTo(404);

        // duplicates search by identity: the other guichet's applicant is absent
        Map<String, Object> demandeur = autre.demandeur();
        Reponse doublons = api.get(CENTRE, "/v1.0/doublons?nom=" + demandeur.get("nomNaissance")
                + "&dateNaissance=" + demandeur.get("dateNaissance"));
        assertThat(doublons.statut()).as(doublons.texte()).isEqualTo(200);
        assertThat(doublons.texte()).doesNotContain(duGuichetNord);

        // the feed: its two demandes, not the other one; the Nord guichet's feed has the centre's Nord demande
        List<String> flux = numerosDuFlux(CENTRE, curseurCentre);
        assertThat(flux).contains(duCentreNord, duCentrePasDeCalais).doesNotContain(duGuichetNord);
        assertThat(flux).allMatch(n -> n.endsWith(CENTRE));

        // lifecycle actions on another's demande: not found, nothing written
        long mouvements = jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(duGuichetNord)
                .query(Long.class).single();
        assertThat(api.post(CENTRE, "/v1.0/demandes/" + duGuichetNord + "/radiation", Map.of("motif", "b"), null)
                .statut()).isEqualTo(404);
        assertThat(api.post(CENTRE, "/v1.0/demandes/" + duGuichetNord + "/renouvellement", Map.of(), null).statut())
                .isEqualTo(404);
        assertThat(api.envoyer("PUT", CENTRE, "/v1.0/demandes/" + duGuichetNord, autre.json(),
                Map.of("If-Match", "\"v0\"")).statut()).isEqualTo(404);
        assertThat(api.post(CENTRE, "/v1.0/demandes/" + duGuichetNord + "/evenements",
                Map.of("code", "PRIORITE_RECONNUE", "date", java.time.LocalDate.now().minusDays(1).toString(),
                        "donnees", Map.of("public", "HANDICAP")), null).statut())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(duGuichetNord)
                .query(Long.class).single()).isEqualTo(mouvements);
        // ... and on its own: radiated
        Reponse radiee = api.post(CENTRE, "/v1.0/demandes/" + duCentreNord + "/radiation", Map.of("motif", "b"), null);
        assertThat(radiee.statut()).as(radiee.texte()).isEqualTo(200);

        // the export of a département (a national guichet narrows its own by place): its own demandes only
        for (List<String> departements : List.of(List.of("59"), List.of("62"))) {
            Map<String, Object> corps = new LinkedHashMap<>();
            corps.put("entites", List.of("CERFA"));
            corps.put("etat", List.of("ACTIVE", "RADIEE"));
            corps.put("localisation", Map.of("departements", departements, "communes", List.of()));
            Reponse demande = api.post(CENTRE, "/v1.0/exports", corps, null);
            assertThat(demande.statut()).as(demande.texte()).isEqualTo(202);
            String export = demande.json().get("numero").asString();
            while (produire.unePasse().isPresent()) {
                // every job waiting
            }
            Reponse fichier = api.get(CENTRE, "/v1.0/exports/" + export + "/fichier");
            assertThat(fichier.statut()).as(fichier.texte()).isEqualTo(200);
            var exportees = ExportsApiIT.demandes(ExportsApiIT.fichiers(fichier.corps())).keySet();
            assertThat(exportees).doesNotContain(duGuichetNord).allMatch(n -> n.endsWith(CENTRE));
            boolean leNord = departements.equals(List.of("59"));
            assertThat(exportees.contains(duCentreNord)).isEqualTo(leNord);
            assertThat(exportees.contains(duCentrePasDeCalais)).isEqualTo(!leNord);
        }
    }
    @Autowired
    private VisibiliteDemandes visibilite;

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * The centre's predicate is served by an index (V118), on a table of a few thousand demandes of which one in a
     * hundred is the centre's: the planner, with the statistics of that table, reads the index rather than the table.
     * The rows are written and the statistics taken in a transaction that is rolled back.
     */
    @Test
    void le_predicat_du_centre_est_servi_par_un_index() {
        VisibiliteDemandes.PredicatSql predicat = visibilite.predicat(
                fr.sne.commun.acteur.Acteur.agent("agent-gcnat", CENTRE, "CENTRE_NATIONAL", "111"), "d.territoire");
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        List<String> plan = transaction.execute(statut -> {
            statut.setRollbackOnly();
            jdbc.sql("""
                    insert into demande (numero_unique, territoire, statut, date_depot, date_fin_validite,
                                         guichet_enregistreur, enregistree_le, modifiee_le, contenu)
                    select '0591299' || lpad(g::text, 6, '0') || g2.code, '059', 'ACTIVE', current_date,
                           current_date + 365, g2.code, now(), now(), '{}'
                      from generate_series(1, 5000) g
                      cross join lateral (select case when g % 100 = 0 then 'GCNAT' else 'G5901' end as code) g2""")
                    .update();
            jdbc.sql("analyze demande").update();
            return jdbc.sql("explain select count(*) from demande d where " + predicat.sql())
                    .params(predicat.parametres()).query(String.class).list();
        });
        assertThat(predicat.sql()).contains("right(d.numero_unique, 5)");
        assertThat(String.join("\n", plan)).as(String.join("\n", plan)).contains("demande_guichet_du_numero_ix")
                .doesNotContain("Seq Scan");
    }
}
