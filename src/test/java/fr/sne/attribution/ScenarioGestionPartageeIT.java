package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, "done when": a demande walks from its registration through a priority recognition, a commission with
 * three candidates and a ranked decision, the refusal by the first ranked, the acceptance by the second, the lease
 * and its radiation a — each event a movement, seen by the professionals and, the Nord having switched the
 * applicant's view on, by the applicant as the catalogue says; the first-quartile flag on the attribution; the
 * réservataire's flux charged with the lease.
 */
class ScenarioGestionPartageeIT extends ApiIT {

    /** Villeneuve-d'Ascq (Métropole Européenne de Lille), where no other test declares dwellings. */
    private static final String COMMUNE = "59009";
    /** The demo réservataire Métropole Européenne de Lille (R__demo_reservataires.sql). */
    private static final long MEL = 3;
    private static final String HABITAT_DU_NORD = "990590010";

    @Autowired
    private Clock horloge;

    /** An applicant alone wishing a T3 in the commune, with these monthly resources. */
    private String enregistrer(int ressourcesMensuelles) {
        DemandeExemple d = DemandeExemple.nord();
        d.logementRecherche().put("communesSouhaitees", new ArrayList<>(List.of(COMMUNE)));
        d.logementRecherche().put("typesLogement", new ArrayList<>(List.of("T3")));
        d.demandeur().put("ressourcesMensuelles", new ArrayList<>(List.of(Map.of("type", "SAL",
                "montant", ressourcesMensuelles))));
        Reponse r = api.post("G5901", "/v1.0/demandes", d.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private List<String> codes(String numero) {
        List<String> codes = new ArrayList<>();
        api.get("G5902", "/v1.0/demandes/" + numero + "/evenements").json().get("evenements")
                .forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }

    private List<String> vusDuDemandeur(String numero) {
        JsonNode vue = api.get("G5902", "/v1.0/demandes/" + numero + "/evenements?vue=demandeur").json();
        assertThat(vue.get("visibiliteDemandeurActivee").asBoolean()).isTrue();
        List<String> libelles = new ArrayList<>();
        vue.get("evenements").forEach(e -> {
            assertThat(e.has("code")).as("the applicant sees a name, a date and a guichet only").isFalse();
            assertThat(e.get("guichet").get("code").asString()).isNotBlank();
            libelles.add(e.get("libelle").asString());
        });
        return libelles;
    }

    private long mouvementsEvt(String numero) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'EVT'").param(numero)
                .query(Long.class).single();
    }

    private long fluxCharge() {
        int annee = LocalDate.now(horloge).getYear();
        for (JsonNode ligne : api.get("G5901", "/v1.0/reservataires/" + MEL + "/flux?annee=" + annee).json()
                .get("bailleurs")) {
            if (ligne.get("sirenBailleur").asString().equals(HABITAT_DU_NORD)) {
                return ligne.get("attributions").asLong();
            }
        }
        return 0;
    }

    @Test
    void de_l_enregistrement_au_bail_par_une_priorite_une_commission_un_refus_et_une_acceptation() {
        String premier = enregistrer(1400);
        String second = enregistrer(600);     // 7,200 € a year alone: in the MEL's first quartile
        String prioritaire = enregistrer(1300);
        long fluxAvant = fluxCharge();

        // a priority recognised by the bailleur (L441-1): one EVT, the demande's version unchanged
        String etag = api.get("G5901", "/v1.0/demandes/" + prioritaire).entete("ETag");
        Reponse priorite = api.post("G5901", "/v1.0/demandes/" + prioritaire + "/evenements", Map.of("code",
                "PRIORITE_RECONNUE", "date", LocalDate.now(horloge).toString(), "donnees",
                Map.of("public", "HANDICAP")), null);
        assertThat(priorite.statut()).as(priorite.texte()).isEqualTo(201);
        assertThat(api.get("G5901", "/v1.0/demandes/" + prioritaire).entete("ETag")).isEqualTo(etag);
        assertThat(mouvementsEvt(prioritaire)).isEqualTo(1);

        // a dwelling charged to the MEL; the prioritaire comes first among its candidates, then ancienneté
        Map<String, Object> logement = new LinkedHashMap<>(Map.of("identifiantRpls", "RPLSSCEN" + System.nanoTime()
                % 1_000_000_000L, "adresse", "3 avenue du Pont de Bois", "codeCommune", COMMUNE, "typologie", "T3",
                "surface", 67, "loyer", 430, "financement", "PLUS", "qpv", false, "adapteHandicap", false));
        logement.put("reservataire", MEL);
        Reponse declare = api.post("G5901", "/v1.0/logements", logement, null);
        assertThat(declare.statut()).as(declare.texte()).isEqualTo(201);
        long idLogement = declare.json().get("id").asLong();
        List<String> candidats = new ArrayList<>();
        api.get("G5901", "/v1.0/logements/" + idLogement + "/candidats").json().get("candidats")
                .forEach(c -> candidats.add(c.get("numeroUnique").asString()));
        assertThat(candidats.getFirst()).isEqualTo(prioritaire);
        assertThat(candidats).contains(premier, second);
        assertThat(candidats.indexOf(premier)).isLessThan(candidats.indexOf(second));

        // the commission with three candidates, a ranked decision each (DESCAL), the prioritaire not retained
        Reponse seance = api.post("G5901", "/v1.0/commissions", Map.of("dateCommission",
                LocalDate.now(horloge).toString(), "logements", List.of(Map.of("logement", idLogement, "candidats",
                        List.of(prioritaire, premier, second)))), null);
        assertThat(seance.statut()).as(seance.texte()).isEqualTo(201);
        long commission = seance.json().get("id").asLong();
        String decisions = "/v1.0/commissions/" + commission + "/decisions";
        assertThat(api.post("G5901", decisions, Map.of("logement", idLogement, "numeroUnique", premier,
                "decision", "ATTRIBUTION_RANG", "rang", 1), null).statut()).isEqualTo(201);
        Reponse rang2 = api.post("G5901", decisions, Map.of("logement", idLogement, "numeroUnique", second,
                "decision", "ATTRIBUTION_RANG", "rang", 2), null);
        assertThat(rang2.statut()).as(rang2.texte()).isEqualTo(201);
        assertThat(api.post("G5901", decisions, Map.of("logement", idLogement, "numeroUnique", prioritaire,
                "decision", "NON_ATTRIBUTION", "motif", "Logement en étage sans ascenseur"), null).statut())
                .isEqualTo(201);

        // the first refuses, the second accepts and signs: radiation a
        assertThat(api.post("G5901", "/v1.0/demandes/" + premier + "/attribution/refus", Map.of("logement",
                idLogement, "motif", "Trop loin de son travail"), null).statut()).isEqualTo(200);
        assertThat(api.post("G5901", "/v1.0/demandes/" + second + "/attribution/acceptation", Map.of("logement",
                idLogement), null).statut()).isEqualTo(200);
        Reponse bail = api.post("G5901", "/v1.0/demandes/" + second + "/attribution/bail", Map.of("logement",
                idLogement, "dateSignature", LocalDate.now(horloge).toString(), "accordCollectif", "AUCUN",
                "prioritaireDalo", false, "contingent", "COLLECTIVITE"), null);
        assertThat(bail.statut()).as(bail.texte()).isEqualTo(201);
        JsonNode radiee = api.get("G5902", "/v1.0/demandes/" + second).json();
        assertThat(radiee.get("statut").asString()).isEqualTo("RADIEE");
        assertThat(radiee.get("motifRadiation").asString()).isEqualTo("a");

        // every event, and each one a movement: the lifecycle's derived from theirs, the others EVT
        assertThat(codes(second)).containsExactly("CREATION", "VALIDATION", "INSCRIPTION_CAL", "DESCAL",
                "BAIL_SIGNE", "RADIATION");
        assertThat(mouvementsEvt(second)).isEqualTo(3);
        assertThat(codes(premier)).containsExactly("CREATION", "VALIDATION", "INSCRIPTION_CAL", "DESCAL",
                "REFUS_LOGEMENT");
        assertThat(codes(prioritaire)).containsExactly("CREATION", "VALIDATION", "PRIORITE_RECONNUE",
                "INSCRIPTION_CAL", "DESCAL02");
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'RAD'").param(second)
                .query(Long.class).single()).isEqualTo(1);

        // the applicant sees the catalogue's visible events only: not the priority, not the lease as such
        assertThat(vusDuDemandeur(second)).containsExactly("Création de la demande", "Validation de la demande",
                "Inscription à l'ordre du jour d'une CAL", "Attribution proposée", "Radiation de la demande");
        assertThat(vusDuDemandeur(premier)).contains("Attribution proposée", "Refus du logement par le demandeur");
        assertThat(vusDuDemandeur(prioritaire)).contains("Refus d'attribution").doesNotContain(
                "Priorité reconnue (article L441-1)");

        // the attribution's fact: the first-quartile flag at decision time, as the resources per UC say
        Map<String, Object> fait = jdbc.sql("select * from attribution_fait where numero_unique = ?").param(second)
                .query().singleRow();
        assertThat(fait.get("source")).isEqualTo("CHAINE");
        assertThat(fait.get("premier_quartile")).isEqualTo(true);
        assertThat(((java.math.BigDecimal) fait.get("ressources_annuelles_uc"))).isEqualByComparingTo("7200.00");
        assertThat(fait.get("seuil_premier_quartile")).isNotNull();
        assertThat(fait.get("epci_siren")).isEqualTo("200093201");
        assertThat(fait.get("reservataire_id")).isEqualTo(MEL);

        // and the réservataire's flux charged with the lease
        assertThat(fluxCharge()).isEqualTo(fluxAvant + 1);
    }
}
