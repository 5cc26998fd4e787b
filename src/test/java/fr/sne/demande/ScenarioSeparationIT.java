package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import tools.jackson.databind.JsonNode;

/** Séparation du couple: the co-demandeur who leaves takes his ancienneté to a demande of his own. */
class ScenarioSeparationIT extends ApiIT {

    @Autowired
    private Clock horloge;

    private List<String> types(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    @Test
    void le_co_demandeur_qui_part_garde_la_date_de_depot_dans_sa_propre_demande() {
        String nomCo = DemandeExemple.nomAuHasard();
        DemandeExemple couple = DemandeExemple.nord().avecCoDemandeur(
                DemandeExemple.personne(nomCo, "Paul", LocalDate.of(1985, 2, 3), "M", "1"));
        Reponse creee = api.post("G5901", "/v1.0/demandes", couple.json(), UUID.randomUUID().toString());
        assertThat(creee.statut()).as(creee.texte()).isEqualTo(201);
        String numero = creee.json().get("numeroUnique").asString();
        // deposited five months ago, as time would have it
        LocalDate depot = LocalDate.now(horloge).minusMonths(5);
        jdbc.sql("update demande set date_depot = ?, date_fin_validite = ? where numero_unique = ?")
                .params(depot, depot.plusYears(1), numero).update();

        Reponse separation = api.post("G5902", "/v1.0/demandes/" + numero + "/separation",
                Map.of("rangCoDemandeur", 1), null);

        assertThat(separation.statut()).as(separation.texte()).isEqualTo(201);
        JsonNode nouvelle = separation.json().get("nouvelle");
        String sienne = nouvelle.get("numeroUnique").asString();
        assertThat(separation.entete("Location")).endsWith("/v1.0/demandes/" + sienne);
        assertThat(sienne).startsWith("059" + "%02d%02d".formatted(depot.getMonthValue(), depot.getYear() % 100))
                .endsWith("G5902");
        assertThat(nouvelle.get("dateDepot").asString()).isEqualTo(depot.toString());
        assertThat(nouvelle.at("/demande/demandeur/nomNaissance").asString()).isEqualTo(nomCo);
        assertThat(nouvelle.at("/demande/logementRecherche/nombrePersonnes").asInt()).isEqualTo(1);
        JsonNode original = separation.json().get("original");
        assertThat(original.at("/demande/coDemandeurs").isEmpty()).isTrue();
        assertThat(original.at("/demande/logementRecherche/nombrePersonnes").asInt()).isEqualTo(1);

        assertThat(types(numero)).containsExactly("CRE", "MOD");
        assertThat(types(sienne)).containsExactly("CRS");
        assertThat(jdbc.sql("select contenu ->> 'numeroUniqueOrigine' from mouvement where numero_unique = ?")
                .param(sienne).query(String.class).single()).isEqualTo(numero);
        assertThat(api.get("G5901", "/v1.0/demandes/" + sienne + "/attestation").statut()).isEqualTo(200);
        // he is now a demandeur of his own, not a co-demandeur of the first demande
        assertThat(api.get("G5901", "/v1.0/doublons?nom=" + nomCo + "&dateNaissance=1985-02-03").json()
                .findValuesAsString("numeroUnique")).containsExactly(sienne);
    }

    @Test
    void un_co_demandeur_absent_est_refuse_sans_rien_ecrire() {
        DemandeExemple couple = DemandeExemple.nord().avecCoDemandeur(
                DemandeExemple.personne(DemandeExemple.nomAuHasard(), "Paul", LocalDate.of(1985, 2, 3), "M", "1"));
        String numero = api.post("G5901", "/v1.0/demandes", couple.json(), UUID.randomUUID().toString()).json()
                .get("numeroUnique").asString();

        Reponse refus = api.post("G5901", "/v1.0/demandes/" + numero + "/separation", Map.of("rangCoDemandeur", 2),
                null);

        assertThat(refus.statut()).isEqualTo(409);
        assertThat(refus.json().get("code").asString()).isEqualTo("CO_DEMANDEUR_INTROUVABLE");
        assertThat(types(numero)).containsExactly("CRE");
        Reponse parIdentite = api.post("G5901", "/v1.0/demandes/" + numero + "/separation",
                Map.of("nomNaissance", "Inconnu", "dateNaissance", "1985-02-03"), null);
        assertThat(parIdentite.json().get("code").asString()).isEqualTo("CO_DEMANDEUR_INTROUVABLE");
    }
}
