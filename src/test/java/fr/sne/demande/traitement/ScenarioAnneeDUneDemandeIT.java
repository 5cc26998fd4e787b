package fr.sne.demande.traitement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.traitement.Registre.Demandeur;
import tools.jackson.databind.JsonNode;

/**
 * The year of a demande, told as it happens (issue #8): the application's clock moves, the nightly pass runs for
 * the day, and the guichets act through the API. Registered → renewal notice one month before the end of validity
 * (t+11) → not renewed → radiated for non-renewal one month after it (t+13, e) → reactivated at t+15, which renews
 * it → renewed again when its renewal window opens → radiated at the applicant's request (b) → its nominative data
 * erased one year after that radiation. Each step's movement is read back from the demande's history.
 */
class ScenarioAnneeDUneDemandeIT extends ApiIT {

    @Autowired
    private HorlogeReglable horloge;

    @Autowired
    private TraitementPlanifie traitement;

    @Autowired
    private GreenMail courriels;

    @Autowired
    private fr.sne.commun.stockage.Stockage stockage;

    private Registre registre;

    @BeforeEach
    void registre() {
        registre = new Registre(api, jdbc, horloge, traitement);
        registre.aucuneNuitTraitee();
    }

    @AfterEach
    void retourAuPresent() {
        horloge.reinitialiser();
    }

    @Test
    void l_annee_d_une_demande_avisee_radiee_reactivee_renouvelee_puis_radiee_sur_renonciation_et_effacee()
            throws Exception {
        // registered by the G5901 desk, valid one year
        Demandeur claire = Demandeur.nouveau();
        DemandeExemple contenu = Registre.demandeDe(claire);
        LocalDate depot = registre.aujourdhui();
        String numero = registre.leGuichetEnregistre(contenu);
        LocalDate finValidite = registre.dateFinValidite(numero);
        assertThat(finValidite).isEqualTo(depot.plusYears(1));
        assertThat(lHistoriqueDe(numero)).containsExactly("CRE");
        assertThat(registre.ouApparait(claire.nom(), claire.nir().substring(0, 13)))
                .as("the search finds the person where she is")
                .contains("demande.contenu", "demande_personne.nom_naissance", "demande_personne.nir",
                        "mouvement.contenu");

        // t+11 months minus one day: nothing yet
        lePassageDeNuitDu(finValidite.minusMonths(1).minusDays(1));
        assertThat(registre.avis(numero)).isEmpty();

        // t+11: the renewal notice, by post (never online) and by e-mail (an address is known); no movement
        LocalDate avis = finValidite.minusMonths(1);
        lePassageDeNuitDu(avis);
        assertThat(registre.avis(numero)).singleElement().satisfies(a -> {
            assertThat(a.get("par_courrier")).isEqualTo(true);
            assertThat(a.get("par_courriel")).isEqualTo(true);
            assertThat(a.get("courriel_envoye_le")).isNotNull();
            assertThat((String) a.get("lot_courrier")).endsWith("/G5901.pdf");
        });
        String lot = (String) registre.avis(numero).getFirst().get("lot_courrier");
        assertThat(stockage.existe(lot)).isTrue();
        assertThat(registre.demande(numero).get("date_dernier_courrier")).isEqualTo(java.sql.Date.valueOf(avis));
        assertThat(courriels.getReceivedMessages()).filteredOn(m -> destinataire(m).equals(claire.email()))
                .singleElement().satisfies(m -> assertThat(m.getSubject()).contains(numero));
        assertThat(lHistoriqueDe(numero)).containsExactly("CRE");

        // not renewed: one month after the end of validity minus a day, still active
        lePassageDeNuitDu(finValidite.plusMonths(1).minusDays(1));
        assertThat(registre.statut(numero)).isEqualTo("ACTIVE");

        // t+13: radiated for non-renewal (motive e) by the pass, with its RAD movement
        LocalDate radiationE = finValidite.plusMonths(1);
        lePassageDeNuitDu(radiationE);
        assertThat(registre.demande(numero)).containsEntry("statut", "RADIEE").containsEntry("motif_radiation", "e")
                .containsEntry("date_radiation", java.sql.Date.valueOf(radiationE));
        assertThat(lHistoriqueDe(numero)).containsExactly("CRE", "RAD");
        assertThat(dernierMouvement(numero).get("motifRadiation").asString()).isEqualTo("e");

        // t+15: the applicant turns up at a desk with her renewal; the guichet reactivates the demande, which
        // renews it for one year from today, with its numéro and date de dépôt (REN)
        LocalDate reactivation = finValidite.plusMonths(3);
        registre.nousSommesLe(reactivation);
        Reponse reactivee = leGuichetReactiveLaDemande(numero);
        assertThat(reactivee.json().get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(reactivee.json().get("dateDepot").asString()).isEqualTo(depot.toString());
        LocalDate finApresReactivation = reactivation.plusYears(1);
        assertThat(reactivee.json().get("dateFinValidite").asString()).isEqualTo(finApresReactivation.toString());
        assertThat(lHistoriqueDe(numero)).containsExactly("CRE", "RAD", "REN");
        assertThat(dernierMouvement(numero).at("/details/reactivation/motifLeve").asString()).isEqualTo("e");
        registre.laNuitPasse();
        assertThat(registre.statut(numero)).as("the pass leaves a reactivated demande alone").isEqualTo("ACTIVE");

        // the renewal window opens three months before the new end of validity: not the day before
        LocalDate fenetre = finApresReactivation.minusMonths(3);
        lePassageDeNuitDu(fenetre.minusDays(1));
        Reponse tropTot = leGuichetRenouvelle(numero, contenu);
        assertThat(tropTot.statut()).isEqualTo(409);
        assertThat(tropTot.json().get("code").asString()).isEqualTo("RENOUVELLEMENT_HORS_FENETRE");
        assertThat(tropTot.json().get("renouvelablePartirDu").asString()).isEqualTo(fenetre.toString());

        // the day it opens: renewed with this year's situation (REN), valid one year from today
        registre.nousSommesLe(fenetre);
        contenu.demandeur().put("revenuFiscal", Map.of("anneeN1", fenetre.getYear() - 1, "montantN1", 15100));
        Reponse renouvelee = leGuichetRenouvelle(numero, contenu);
        assertThat(renouvelee.statut()).as(renouvelee.texte()).isEqualTo(200);
        assertThat(renouvelee.json().get("dateDernierRenouvellement").asString()).isEqualTo(fenetre.toString());
        assertThat(renouvelee.json().get("dateFinValidite").asString()).isEqualTo(fenetre.plusYears(1).toString());
        assertThat(renouvelee.json().get("dateDepot").asString()).isEqualTo(depot.toString());
        assertThat(lHistoriqueDe(numero)).containsExactly("CRE", "RAD", "REN", "REN");
        assertThat(dernierMouvement(numero).get("rubriquesModifiees").toString()).isEqualTo("[\"demandeur\"]");
        assertThat(lAttestationDe(numero)).contains("Attestation de renouvellement", numero, "QR code");
        registre.laNuitPasse();

        // two months later the applicant renounces in writing: radiated b at once (RAD), still readable
        LocalDate radiationB = fenetre.plusMonths(2);
        registre.nousSommesLe(radiationB);
        Reponse radiee = leDemandeurRenonce(numero);
        assertThat(radiee.json().get("statut").asString()).isEqualTo("RADIEE");
        assertThat(radiee.json().get("motifRadiation").asString()).isEqualTo("b");
        assertThat(radiee.json().get("dateRadiation").asString()).isEqualTo(radiationB.toString());
        assertThat(lHistoriqueDe(numero)).containsExactly("CRE", "RAD", "REN", "REN", "RAD");
        assertThat(dernierMouvement(numero).get("motifRadiation").asString()).isEqualTo("b");
        // each movement one of the contract's documents, read strictly, carrying the version it moved the demande to
        assertThat(registre.documentsStricts(numero)).extracting(d -> d.getClass().getSimpleName())
                .containsExactly("Creation", "Radiation", "Reactivation", "Renouvellement", "Radiation");
        assertThat(registre.versions(numero)).containsExactly(0, 1, 2, 3, 4);
        assertThat(radiee.entete("ETag")).isEqualTo("\"v4\"");
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero + "/historique").json().get("mouvements"))
                .extracting(m -> m.get("versionDemande").asInt()).containsExactly(0, 1, 2, 3, 4);
        registre.laNuitPasse();

        // one year after the radiation minus one day: still readable, by the pass and through the API
        lePassageDeNuitDu(radiationB.plusYears(1).minusDays(1));
        assertThat(registre.demande(numero).get("purgee_le")).isNull();
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).statut()).isEqualTo(200);
        assertThat(registre.avis(numero)).as("no notice for a radiated demande").hasSize(1);
        Map<String, Object> avantEffacement = ceQuiResteAttenduDe(numero);

        // one year after the radiation b: erased (SUP); an anonymous record stays, nothing nominative survives
        lePassageDeNuitDu(radiationB.plusYears(1));
        assertThat(registre.demande(numero).get("purgee_le")).isNotNull();
        assertThat(registre.mouvements(numero)).containsExactly("CRE", "RAD", "REN", "REN", "RAD", "SUP");
        // the erasure rewrote the earlier documents to their envelope, still of the contract
        assertThat(registre.documentsStricts(numero)).extracting(d -> d.getClass().getSimpleName())
                .containsExactly("Efface", "Efface", "Efface", "Efface", "Efface", "Suppression");
        assertThat(registre.versions(numero)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(ceQuiResteAttenduDe(numero)).isEqualTo(avantEffacement)
                .containsEntry("statut", "RADIEE").containsEntry("motif_radiation", "b")
                .containsEntry("date_radiation", java.sql.Date.valueOf(radiationB))
                .containsEntry("date_depot", java.sql.Date.valueOf(depot))
                .containsEntry("date_dernier_renouvellement", java.sql.Date.valueOf(fenetre))
                .containsEntry("date_dernier_courrier", java.sql.Date.valueOf(avis))
                .containsEntry("renouvellement_en_ligne", false);
        assertThat(jdbc.sql("select contenu::text from demande where numero_unique = ?").param(numero)
                .query(String.class).single()).contains("donneesEffacees");
        assertThat(jdbc.sql("select count(*) from demande_commune c join demande d on d.id = c.demande_id "
                + "where d.numero_unique = ?").param(numero).query(Integer.class).single()).isEqualTo(2);
        assertThat(registre.ouApparait(claire.nom(), claire.nir().substring(0, 13), claire.email())).isEmpty();
        assertThat(stockage.existe(lot)).as("the batch of letters, printed long ago, is gone").isFalse();

        // what the API still answers: the anonymous record, and no attestation any more
        Reponse lue = api.get("G5901", "/v1.0/demandes/" + numero);
        assertThat(lue.statut()).as(lue.texte()).isEqualTo(200);
        assertThat(lue.json().get("statut").asString()).isEqualTo("RADIEE");
        assertThat(lue.texte()).doesNotContain(claire.nom());
        Reponse attestation = api.get("G5901", "/v1.0/demandes/" + numero + "/attestation");
        assertThat(attestation.statut()).as(attestation.texte()).isEqualTo(404);
        assertThat(attestation.json().get("code").asString()).isEqualTo("DONNEES_EFFACEES");
    }

    /** The clock moves to that day and the nightly pass runs for it. */
    private void lePassageDeNuitDu(LocalDate jour) {
        registre.nousSommesLe(jour);
        registre.laNuitPasse();
    }

    /** A desk other than the registering one receives the renewal of the radiated demande and reactivates it. */
    private Reponse leGuichetReactiveLaDemande(String numero) {
        Reponse r = api.post("G5902", "/v1.0/demandes/" + numero + "/reactivation", "", null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        return r;
    }

    /** The registering desk renews the demande with the content the applicant brought. */
    private Reponse leGuichetRenouvelle(String numero, DemandeExemple contenu) {
        return api.post("G5901", "/v1.0/demandes/" + numero + "/renouvellement", contenu.json(), null);
    }

    /** The applicant's letter of renunciation reaches the registering desk, which radiates the demande (b). */
    private Reponse leDemandeurRenonce(String numero) {
        Reponse r = api.post("G5901", "/v1.0/demandes/" + numero + "/radiation", Map.of("motif", "b"), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        return r;
    }

    /** The types of the demande's movements, as {@code GET …/historique} gives them. */
    private List<String> lHistoriqueDe(String numero) {
        JsonNode mouvements = historique(numero);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < mouvements.size(); i++) {
            types.add(mouvements.get(i).get("type").asString());
        }
        return types;
    }

    private JsonNode dernierMouvement(String numero) {
        JsonNode mouvements = historique(numero);
        return mouvements.get(mouvements.size() - 1);
    }

    private JsonNode historique(String numero) {
        Reponse r = api.get("G5901", "/v1.0/demandes/" + numero + "/historique");
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        return r.json().get("mouvements");
    }

    /** The attestation's text, as the applicant downloads it. */
    private String lAttestationDe(String numero) throws java.io.IOException {
        Reponse r = api.get("G5901", "/v1.0/demandes/" + numero + "/attestation");
        assertThat(r.statut()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(r.corps())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** The columns ADR 0007 says survive the erasure (what a gestionnaire territorial may still be asked). */
    private Map<String, Object> ceQuiResteAttenduDe(String numero) {
        return jdbc.sql("""
                select numero_unique, territoire, date_depot, enregistree_le, statut, date_radiation, motif_radiation,
                       date_dernier_courrier, date_dernier_renouvellement, renouvellement_en_ligne
                  from demande where numero_unique = ?""").param(numero).query().singleRow();
    }

    private static String destinataire(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
