package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import tools.jackson.databind.JsonNode;

/**
 * Radiations (R441-2-8 CCH) and the warnings before them (L441-2-1 CCH), as guichets ask for them. A demande
 * "registered months ago" is made by moving its dates back in the database, as time would have.
 */
class ScenarioRadiationIT extends ApiIT {

    @Autowired
    private Clock horloge;

    private String enregistrer() {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** The demande as if it had been deposited {@code mois} months ago. */
    private void vieillir(String numero, int mois) {
        LocalDate depot = LocalDate.now(horloge).minusMonths(mois);
        jdbc.sql("update demande set date_depot = ?, date_fin_validite = ? where numero_unique = ?")
                .params(depot, depot.plusYears(1), numero).update();
    }

    private Reponse radier(String guichet, String numero, Map<String, Object> corps) {
        return api.post(guichet, "/v1.0/demandes/" + numero + "/radiation", corps, null);
    }

    private Reponse avertir(String guichet, String numero, String motif, LocalDate envoi) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("motif", motif);
        if (motif.equals("d")) {
            corps.put("sousMotif", "PLAFOND_RESSOURCES");
        }
        corps.put("dateEnvoi", envoi.toString());
        corps.put("canal", "LRAR");
        return api.post(guichet, "/v1.0/demandes/" + numero + "/avertissements", corps, null);
    }

    private int mouvements(String numero) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero)
                .query(Integer.class).single();
    }

    @Test
    void le_demandeur_renonce_par_ecrit_la_demande_est_radiee_aussitot_et_reste_consultable() {
        String numero = enregistrer();

        Reponse radiee = radier("G5902", numero, Map.of("motif", "b"));

        assertThat(radiee.statut()).as(radiee.texte()).isEqualTo(200);
        assertThat(radiee.json().get("statut").asString()).isEqualTo("RADIEE");
        assertThat(radiee.json().get("motifRadiation").asString()).isEqualTo("b");
        assertThat(radiee.json().get("dateRadiation").asString()).isEqualTo(LocalDate.now(horloge).toString());
        Reponse relue = api.get("G5901", "/v1.0/demandes/" + numero);
        assertThat(relue.statut()).isEqualTo(200);
        assertThat(relue.json().get("motifRadiation").asString()).isEqualTo("b");
        JsonNode historique = api.get("G5901", "/v1.0/demandes/" + numero + "/historique").json();
        assertThat(historique.at("/mouvements/1/type").asString()).isEqualTo("RAD");
        assertThat(historique.at("/mouvements/1/motifRadiation").asString()).isEqualTo("b");
        assertThat(jdbc.sql("select radiee_par from demande where numero_unique = ?").param(numero)
                .query(String.class).single()).isEqualTo("G5902");

        Reponse encore = radier("G5901", numero, Map.of("motif", "b"));
        assertThat(encore.statut()).isEqualTo(409);
        assertThat(encore.json().get("code").asString()).isEqualTo("DEMANDE_NON_ACTIVE");
        Reponse modification = api.envoyer("PUT", "G5901", "/v1.0/demandes/" + numero,
                DemandeExemple.nord().json(), Map.of("If-Match", relue.entete("ETag")));
        assertThat(modification.statut()).isEqualTo(409);
        assertThat(modification.json().get("code").asString()).isEqualTo("DEMANDE_NON_ACTIVE");
        Reponse reactivation = api.post("G5902", "/v1.0/demandes/" + numero + "/reactivation", "", null);
        assertThat(reactivation.json().get("code").asString()).isEqualTo("REACTIVATION_IMPOSSIBLE");
        assertThat(mouvements(numero)).isEqualTo(2);
    }

    @Test
    void sans_avertissement_puis_avant_un_mois_la_radiation_pour_absence_de_reponse_est_refusee() {
        String numero = enregistrer();

        Reponse sansAvertissement = radier("G5902", numero, Map.of("motif", "c"));
        assertThat(sansAvertissement.statut()).isEqualTo(409);
        assertThat(sansAvertissement.json().get("code").asString()).isEqualTo("AVERTISSEMENT_REQUIS");

        LocalDate aujourdhui = LocalDate.now(horloge);
        Reponse avertissement = avertir("G5902", numero, "c", aujourdhui);
        assertThat(avertissement.statut()).as(avertissement.texte()).isEqualTo(201);
        assertThat(avertissement.json().get("radiationPossibleLe").asString())
                .isEqualTo(aujourdhui.plusMonths(1).toString());

        Reponse tropTot = radier("G5902", numero, Map.of("motif", "c"));
        assertThat(tropTot.statut()).isEqualTo(409);
        assertThat(tropTot.json().get("code").asString()).isEqualTo("DELAI_AVERTISSEMENT_NON_ECOULE");
        assertThat(tropTot.json().get("radiationPossibleLe").asString()).isEqualTo(aujourdhui.plusMonths(1).toString());
        assertThat(api.get("G5902", "/v1.0/demandes/" + numero).json().get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(mouvements(numero)).as("CRE and the warning's MOD, nothing for the refusals").isEqualTo(2);
    }

    @Test
    void le_guichet_peut_confier_la_radiation_c_au_traitement_de_nuit_pas_la_radiation_d() {
        String numero = enregistrer();
        LocalDate aujourdhui = LocalDate.now(horloge);

        Reponse confiee = api.post("G5902", "/v1.0/demandes/" + numero + "/avertissements", Map.of("motif", "c",
                "dateEnvoi", aujourdhui.toString(), "canal", "AUTRE_PREUVE_DEPOT", "radiationDemandee", true), null);
        assertThat(confiee.statut()).as(confiee.texte()).isEqualTo(201);
        assertThat(confiee.json().get("radiationDemandee").asBoolean()).isTrue();
        assertThat(jdbc.sql("""
                select a.radiation_demandee from avertissement a join demande d on d.id = a.demande_id
                where d.numero_unique = ?""").param(numero).query(Boolean.class).single()).isTrue();

        Reponse refusee = api.post("G5901", "/v1.0/demandes/" + numero + "/avertissements", Map.of("motif", "d",
                "sousMotif", "SEJOUR_IRREGULIER", "dateEnvoi", aujourdhui.plusDays(1).toString(), "canal", "FAX",
                "radiationDemandee", true), null);
        assertThat(refusee.statut()).isEqualTo(422);
        assertThat(refusee.json().get("erreurs").findValuesAsString("champ"))
                .containsExactlyInAnyOrder("dateEnvoi", "canal", "radiationDemandee");
        assertThat(mouvements(numero)).isEqualTo(2);
    }

    @Test
    void averti_il_y_a_plus_d_un_mois_le_demandeur_silencieux_est_radie_puis_reactive_par_le_meme_guichet() {
        String numero = enregistrer();
        vieillir(numero, 4);
        LocalDate envoi = LocalDate.now(horloge).minusMonths(2);
        assertThat(avertir("G5902", numero, "c", envoi).statut()).isEqualTo(201);

        Reponse parUnAutre = radier("G5901", numero, Map.of("motif", "c"));
        assertThat(parUnAutre.json().get("code").asString()).isEqualTo("AVERTISSEMENT_REQUIS");
        Reponse radiee = radier("G5902", numero, Map.of("motif", "c"));
        assertThat(radiee.statut()).as(radiee.texte()).isEqualTo(200);
        assertThat(radiee.json().get("motifRadiation").asString()).isEqualTo("c");

        Reponse autreGuichet = api.post("G5901", "/v1.0/demandes/" + numero + "/reactivation", "", null);
        assertThat(autreGuichet.json().get("code").asString()).isEqualTo("REACTIVATION_RESERVEE_AU_GUICHET_RADIANT");
        Reponse reactivee = api.post("G5902", "/v1.0/demandes/" + numero + "/reactivation", "", null);
        assertThat(reactivee.statut()).as(reactivee.texte()).isEqualTo(200);
        assertThat(reactivee.json().get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(reactivee.json().has("motifRadiation")).isFalse();
        assertThat(reactivee.json().get("numeroUnique").asString()).isEqualTo(numero);
        JsonNode historique = api.get("G5902", "/v1.0/demandes/" + numero + "/historique").json();
        assertThat(historique.get("mouvements").valueStream().map(m -> m.get("type").asString()))
                .containsExactly("CRE", "MOD", "RAD", "MOD");
        assertThat(historique.at("/mouvements/1/details/avertissement/motif").asString()).isEqualTo("c");
        assertThat(historique.at("/mouvements/3/details/reactivation/motifLeve").asString()).isEqualTo("c");
    }

    @Test
    void l_irrecevabilite_est_un_acte_de_bailleur_avec_son_sous_motif() {
        String numero = enregistrer();
        vieillir(numero, 4);
        LocalDate envoi = LocalDate.now(horloge).minusMonths(2);

        Reponse commune = avertir("G5902", numero, "d", envoi);
        assertThat(commune.statut()).isEqualTo(409);
        assertThat(commune.json().get("code").asString()).isEqualTo("RADIATION_RESERVEE_AU_BAILLEUR");
        assertThat(avertir("G5901", numero, "d", envoi).statut()).isEqualTo(201);

        Reponse sansSousMotif = radier("G5901", numero, Map.of("motif", "d"));
        assertThat(sansSousMotif.statut()).isEqualTo(422);
        assertThat(sansSousMotif.json().at("/erreurs/0/champ").asString()).isEqualTo("sousMotif");
        Reponse radiee = radier("G5901", numero, Map.of("motif", "d", "sousMotif", "PLAFOND_RESSOURCES"));
        assertThat(radiee.statut()).as(radiee.texte()).isEqualTo(200);
        assertThat(radiee.json().get("sousMotifRadiation").asString()).isEqualTo("PLAFOND_RESSOURCES");
    }

    @Test
    void l_attribution_porte_les_donnees_de_r441_2_9_et_le_non_renouvellement_est_reserve_au_traitement() {
        String numero = enregistrer();

        Reponse incomplete = radier("G5901", numero, Map.of("motif", "a", "attribution",
                Map.of("identifiantRpls", "LGT 1", "accordCollectif", "ACX")));
        assertThat(incomplete.statut()).isEqualTo(422);
        assertThat(incomplete.json().get("erreurs").findValuesAsString("champ")).containsExactlyInAnyOrder(
                "attribution.identifiantRpls", "attribution.accordCollectif", "attribution.prioritaireDalo",
                "attribution.contingent", "attribution.qpv");
        Reponse parLaCommune = radier("G5902", numero, Map.of("motif", "a", "attribution", Map.of("identifiantRpls",
                "0590001234", "accordCollectif", "ACI", "prioritaireDalo", true, "contingent", "ETAT_AGENTS", "qpv", false)));
        assertThat(parLaCommune.json().get("code").asString()).isEqualTo("RADIATION_RESERVEE_AU_BAILLEUR");
        Reponse e = radier("G5901", numero, Map.of("motif", "e"));
        assertThat(e.statut()).isEqualTo(409);
        assertThat(e.json().get("code").asString()).isEqualTo("RADIATION_RESERVEE_AU_TRAITEMENT");
        Reponse inconnu = radier("G5901", numero, Map.of("motif", "z"));
        assertThat(inconnu.json().at("/erreurs/0/code").asString()).isEqualTo("MOTIF_INCONNU");
        assertThat(mouvements(numero)).isEqualTo(1);

        Reponse attribuee = radier("G5901", numero, Map.of("motif", "a", "attribution", Map.of("identifiantRpls",
                "0590001234", "accordCollectif", "ACI", "prioritaireDalo", true, "contingent", "ETAT_AGENTS", "qpv", false)));
        assertThat(attribuee.statut()).as(attribuee.texte()).isEqualTo(200);
        assertThat(jdbc.sql("select donnees_radiation ->> 'contingent' from demande where numero_unique = ?")
                .param(numero).query(String.class).single()).isEqualTo("ETAT_AGENTS");
        JsonNode historique = api.get("G5901", "/v1.0/demandes/" + numero + "/historique").json();
        assertThat(historique.at("/mouvements/1/details/donneesRadiation/identifiantRpls").asString())
                .isEqualTo("0590001234");
        assertThat(historique.at("/mouvements/1/details/donneesRadiation/qpv").asBoolean(true)).isFalse();
    }
}
