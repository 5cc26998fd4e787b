package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import tools.jackson.databind.JsonNode;

/**
 * Renewals (R441-2-7 CCH) and the reactivation of a demande the nightly pass radiated for non-renewal. Months pass
 * by moving the application's clock; a demande "radiated by the nightly pass" long ago is made by moving its dates in
 * the database, as time and the pass would have (the whole year, pass included, is walked in
 * {@code ScenarioAnneeDUneDemandeIT}).
 */
class ScenarioRenouvellementIT extends ApiIT {

    @Autowired
    private HorlogeReglable horloge;

    @AfterEach
    void retourAuPresent() {
        horloge.reinitialiser();
    }

    private String enregistrer(DemandeExemple demande) {
        Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    private void moisPassent(int mois) {
        horloge.regler(ZonedDateTime.now(horloge).plusMonths(mois).toInstant());
    }

    private Reponse renouveler(String guichet, String numero, DemandeExemple demande, Map<String, String> entetes) {
        return api.envoyer("POST", guichet, "/v1.0/demandes/" + numero + "/renouvellement", demande.json(), entetes);
    }

    private List<String> types(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    @Test
    void une_demande_toute_neuve_n_est_pas_encore_renouvelable() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(demande);

        Reponse refus = renouveler("G5901", numero, demande, Map.of());

        assertThat(refus.statut()).isEqualTo(409);
        assertThat(refus.json().get("code").asString()).isEqualTo("RENOUVELLEMENT_HORS_FENETRE");
        assertThat(refus.json().get("renouvelablePartirDu").asString())
                .isEqualTo(aujourdhui().plusYears(1).minusMonths(3).toString());
        assertThat(types(numero)).containsExactly("CRE");
    }

    @Test
    void deux_mois_avant_l_echeance_un_autre_guichet_renouvelle_avec_la_situation_a_jour() throws Exception {
        DemandeExemple demande = DemandeExemple.nord();
        LocalDate depot = aujourdhui();
        String numero = enregistrer(demande);
        moisPassent(10);
        String etag = api.get("G5902", "/v1.0/demandes/" + numero).entete("ETag");
        demande.demandeur().put("ressourcesMensuelles", List.of(Map.of("type", "SAL", "montant", 1480)));

        Reponse renouvelee = renouveler("G5902", numero, demande, Map.of("If-Match", etag));

        assertThat(renouvelee.statut()).as(renouvelee.texte()).isEqualTo(200);
        JsonNode corps = renouvelee.json();
        assertThat(corps.get("numeroUnique").asString()).isEqualTo(numero);
        assertThat(corps.get("dateDepot").asString()).isEqualTo(depot.toString());
        assertThat(corps.get("dateDernierRenouvellement").asString()).isEqualTo(aujourdhui().toString());
        assertThat(corps.get("dateFinValidite").asString()).isEqualTo(aujourdhui().plusYears(1).toString());
        assertThat(renouvelee.entete("ETag")).isNotEqualTo(etag);
        assertThat(types(numero)).containsExactly("CRE", "REN");
        JsonNode historique = api.get("G5901", "/v1.0/demandes/" + numero + "/historique").json();
        assertThat(historique.at("/mouvements/1/rubriquesModifiees").toString()).isEqualTo("[\"demandeur\"]");
        assertThat(historique.at("/mouvements/1/guichet").asString()).isEqualTo("G5902");

        Reponse attestation = api.get("G5902", "/v1.0/demandes/" + numero + "/attestation");
        assertThat(attestation.statut()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(attestation.corps())) {
            String texte = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(texte).contains("Attestation de renouvellement", numero, "QR code");
        }

        Reponse surAncienneVersion = renouveler("G5902", numero, demande, Map.of("If-Match", etag));
        assertThat(surAncienneVersion.statut()).isEqualTo(412);
        assertThat(types(numero)).containsExactly("CRE", "REN");
    }

    @Test
    void radiee_par_le_traitement_de_nuit_elle_se_reactive_jusqu_a_six_mois_apres_sa_fin_de_validite() {
        String numero = enregistrer(DemandeExemple.nord());
        LocalDate fin = aujourdhui().minusMonths(4);
        jdbc.sql("""
                update demande set date_depot = ?, date_fin_validite = ?, statut = 'RADIEE', motif_radiation = 'e',
                                   date_radiation = ? where numero_unique = ?""")
                .params(fin.minusYears(1), fin, fin.plusMonths(1), numero).update();

        Reponse reactivee = api.post("G5902", "/v1.0/demandes/" + numero + "/reactivation", "", null);

        assertThat(reactivee.statut()).as(reactivee.texte()).isEqualTo(200);
        assertThat(reactivee.json().get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(reactivee.json().get("dateDepot").asString()).isEqualTo(fin.minusYears(1).toString());
        assertThat(reactivee.json().get("dateFinValidite").asString()).isEqualTo(aujourdhui().plusYears(1).toString());
        assertThat(types(numero)).containsExactly("CRE", "REN");

        String tropTard = enregistrer(DemandeExemple.nord());
        LocalDate finAncienne = aujourdhui().minusMonths(7);
        jdbc.sql("""
                update demande set date_depot = ?, date_fin_validite = ?, statut = 'RADIEE', motif_radiation = 'e',
                                   date_radiation = ? where numero_unique = ?""")
                .params(finAncienne.minusYears(1), finAncienne, finAncienne.plusMonths(1), tropTard).update();
        Reponse refus = api.post("G5902", "/v1.0/demandes/" + tropTard + "/reactivation", "", null);
        assertThat(refus.statut()).isEqualTo(409);
        assertThat(refus.json().get("code").asString()).isEqualTo("REACTIVATION_HORS_DELAI");
        assertThat(refus.json().get("reactivableJusquAu").asString()).isEqualTo(finAncienne.plusMonths(6).toString());
    }
}
