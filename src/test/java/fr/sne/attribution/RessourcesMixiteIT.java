package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.SeuilsPremierQuartile;
import tools.jackson.databind.JsonNode;

/** Resources per UC and the first quartile of a demande; the mixité of an EPCI from the attribution facts. */
class RessourcesMixiteIT extends ApiIT {

    @Autowired
    private Clock horloge;
    @Autowired
    private SeuilsPremierQuartile seuils;
    @Autowired
    private ReferentielGeographique geographie;

    private String enregistrer(DemandeExemple demande) {
        Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private int seuilDeLille() {
        int annee = LocalDate.now(horloge).getYear();
        var lille = geographie.commune("59350").orElseThrow();
        return seuils.pourCommune(lille, annee).or(() -> seuils.pourCommune(lille, annee - 1)).orElseThrow().q1();
    }

    @Test
    void une_personne_seule_au_dessus_du_seuil_n_est_pas_du_premier_quartile() {
        String numero = enregistrer(DemandeExemple.nord());
        Reponse r = api.get("G5902", "/v1.0/demandes/" + numero + "/ressources-par-uc");
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.get("unitesConsommation").decimalValue()).isEqualByComparingTo("1");
        // 1 350.25 € a month, alone: 16 203 € a year per UC
        assertThat(p.get("ressourcesAnnuellesParUc").decimalValue()).isEqualByComparingTo("16203.00");
        assertThat(p.get("codeCommune").asString()).isEqualTo("59350");
        assertThat(p.get("perimetre").asString()).isEqualTo(geographie.commune("59350").orElseThrow().sirenEpci());
        assertThat(p.get("seuilPremierQuartile").asInt()).isEqualTo(seuilDeLille());
        assertThat(p.get("premierQuartile").asBoolean()).isEqualTo(16203 <= seuilDeLille());
    }

    @Test
    void un_couple_avec_un_enfant_et_de_faibles_ressources_est_du_premier_quartile_et_le_calcul_suit_le_menage() {
        Map<String, Object> conjoint = DemandeExemple.personne(DemandeExemple.nomAuHasard(), "Marc",
                LocalDate.of(1985, 2, 1), "M", "1");
        conjoint.put("ressourcesMensuelles", new ArrayList<>());
        DemandeExemple d = DemandeExemple.nord().avecCoDemandeur(conjoint);
        d.demandeur().put("ressourcesMensuelles", new ArrayList<>(List.of(Map.of("type", "RSA", "montant", 700))));
        List<Map<String, Object>> enfants = new ArrayList<>();
        enfants.add(new java.util.LinkedHashMap<>(Map.of("nom", "Petit", "prenoms", "Léo", "dateNaissance",
                LocalDate.now(horloge).minusYears(5).toString(), "sexe", "M", "lienParente", "E")));
        d.avec("personnesACharge", enfants);
        d.logementRecherche().put("nombrePersonnes", 3);
        String numero = enregistrer(d);
        JsonNode p = api.get("G5901", "/v1.0/demandes/" + numero + "/ressources-par-uc").json();
        assertThat(p.get("unitesConsommation").decimalValue()).isEqualByComparingTo("1.8");
        // 700 € a month × 12 ÷ 1.8 = 4 666.67 € per UC: under any published threshold
        assertThat(p.get("ressourcesAnnuellesParUc").decimalValue()).isEqualByComparingTo("4666.67");
        assertThat(p.get("premierQuartile").asBoolean()).isTrue();
    }

    @Test
    void une_demande_d_un_autre_territoire_est_introuvable() {
        String numero = enregistrer(DemandeExemple.nord());
        Reponse r = api.get("G6201", "/v1.0/demandes/" + numero + "/ressources-par-uc");
        assertThat(r.statut()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("INTROUVABLE");
    }

    private void bail(String epci, int annee, boolean qpv, Boolean q1) {
        jdbc.sql("""
                insert into attribution_fait (territoire, date_bail, annee, guichet, identifiant_rpls, epci_siren, qpv,
                                              contingent, accord_collectif, prioritaire_dalo, premier_quartile, source,
                                              enregistre_le)
                values ('059', ?, ?, 'G5901', 'RPLS1', ?, ?, 'BAILLEUR', 'AUCUN', false, ?, 'RADIATION', ?)""")
                .params(LocalDate.of(annee, 3, 1), annee, epci, qpv, q1, java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    @Test
    void la_mixite_d_un_epci_compte_ses_baux_de_l_annee_hors_qpv_au_premier_quartile_et_en_qpv_aux_autres() {
        String epci = "200042190"; // CA de la Porte du Hainaut (Nord)
        int annee = LocalDate.now(horloge).getYear() - 1;
        JsonNode avant = api.get("G5901", "/v1.0/epci/" + epci + "/mixite?annee=" + annee).json();
        bail(epci, annee, false, true);
        bail(epci, annee, false, false);
        bail(epci, annee, false, false);
        bail(epci, annee, true, false);
        bail(epci, annee, true, true);
        bail(epci, annee, true, null);
        bail(epci, annee - 1, false, true); // another year: not counted
        Reponse r = api.get("G5901", "/v1.0/epci/" + epci + "/mixite?annee=" + annee);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        JsonNode apres = r.json();
        assertThat(apres.get("bauxHorsQpv").asLong() - avant.get("bauxHorsQpv").asLong()).isEqualTo(3);
        assertThat(apres.get("bauxHorsQpvPremierQuartile").asLong()
                - avant.get("bauxHorsQpvPremierQuartile").asLong()).isEqualTo(1);
        assertThat(apres.get("bauxEnQpv").asLong() - avant.get("bauxEnQpv").asLong()).isEqualTo(3);
        assertThat(apres.get("bauxEnQpvAutresQuartiles").asLong()
                - avant.get("bauxEnQpvAutresQuartiles").asLong()).isEqualTo(1);
        assertThat(apres.get("bauxQuartileInconnu").asLong() - avant.get("bauxQuartileInconnu").asLong())
                .isEqualTo(1);
        if (avant.get("bauxHorsQpv").asLong() == 0) {
            assertThat(apres.get("partHorsQpvPremierQuartile").decimalValue()).isEqualByComparingTo("0.3333");
            assertThat(apres.get("objectifHorsQpvAtteint").asBoolean()).isTrue();
        }
        List<String> liste = new ArrayList<>();
        api.get("G5901", "/v1.0/mixite?annee=" + annee).json().forEach(m -> liste.add(m.get("epci").asString()));
        assertThat(liste).contains(epci);
        List<String> vuDuPasDeCalais = new ArrayList<>();
        api.get("G6201", "/v1.0/mixite?annee=" + annee).json()
                .forEach(m -> vuDuPasDeCalais.add(m.get("epci").asString()));
        assertThat(vuDuPasDeCalais).doesNotContain(epci);
    }

    @Test
    void un_epci_hors_territoire_est_introuvable_et_une_annee_hors_bornes_refusee() {
        assertThat(api.get("G6201", "/v1.0/epci/200042190/mixite").statut()).isEqualTo(404);
        assertThat(api.get("G5901", "/v1.0/epci/999999999/mixite").statut()).isEqualTo(404);
        Reponse r = api.get("G5901", "/v1.0/epci/200042190/mixite?annee=1990");
        assertThat(r.statut()).isEqualTo(422);
        assertThat(r.texte()).contains("HORS_BORNES");
    }
}
