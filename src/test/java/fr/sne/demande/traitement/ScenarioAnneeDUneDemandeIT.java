package fr.sne.demande.traitement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.commun.HorlogeReglable;
import fr.sne.demande.traitement.Registre.Demandeur;

/**
 * The year of a demande, told as it happens: the application's clock moves and the nightly pass runs each time.
 * Registered → renewal notice one month before the end of validity (t+11) → not renewed → radiated for
 * non-renewal one month after it (t+13) → its nominative data erased one year after the radiation. Steps of other
 * stories (renewal, reactivation, radiation at the applicant's request) are added as further steps here.
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
    void une_demande_non_renouvelee_est_avisee_puis_radiee_puis_effacee_un_an_apres() throws Exception {
        Demandeur claire = Demandeur.nouveau();
        String numero = registre.leGuichetEnregistre(claire);
        LocalDate finValidite = registre.dateFinValidite(numero);
        assertThat(finValidite).isEqualTo(registre.aujourdhui().plusYears(1));
        assertThat(registre.ouApparait(claire.nom(), claire.nir().substring(0, 13)))
                .as("the search finds the person where she is")
                .contains("demande.contenu", "demande_personne.nom_naissance", "demande_personne.nir",
                        "mouvement.contenu");

        // t+11 months minus one day: nothing yet
        registre.nousSommesLe(finValidite.minusMonths(1).minusDays(1));
        registre.laNuitPasse();
        assertThat(registre.avis(numero)).isEmpty();

        // t+11: the renewal notice, by post (never online) and by e-mail (an address is known)
        registre.nousSommesLe(finValidite.minusMonths(1));
        registre.laNuitPasse();
        assertThat(registre.avis(numero)).singleElement().satisfies(avis -> {
            assertThat(avis.get("par_courrier")).isEqualTo(true);
            assertThat(avis.get("par_courriel")).isEqualTo(true);
            assertThat(avis.get("courriel_envoye_le")).isNotNull();
            assertThat((String) avis.get("lot_courrier")).endsWith("/G5901.pdf");
        });
        String lot = (String) registre.avis(numero).getFirst().get("lot_courrier");
        assertThat(stockage.existe(lot)).isTrue();
        assertThat(registre.demande(numero).get("date_dernier_courrier"))
                .isEqualTo(java.sql.Date.valueOf(finValidite.minusMonths(1)));
        assertThat(courriels.getReceivedMessages()).filteredOn(m -> destinataire(m).equals(claire.email()))
                .singleElement().satisfies(m -> assertThat(m.getSubject()).contains(numero));

        // the day after the end of validity plus one month minus a day: still active
        registre.nousSommesLe(finValidite.plusMonths(1).minusDays(1));
        registre.laNuitPasse();
        assertThat(registre.statut(numero)).isEqualTo("ACTIVE");

        // t+13: radiated for non-renewal (motive e), with its RAD movement
        LocalDate radiation = finValidite.plusMonths(1);
        registre.nousSommesLe(radiation);
        registre.laNuitPasse();
        assertThat(registre.demande(numero)).containsEntry("statut", "RADIEE").containsEntry("motif_radiation", "e")
                .containsEntry("date_radiation", java.sql.Date.valueOf(radiation));
        assertThat(registre.mouvements(numero)).containsExactly("CRE", "RAD");

        // one year after the radiation minus one day: still readable
        registre.nousSommesLe(radiation.plusYears(1).minusDays(1));
        registre.laNuitPasse();
        assertThat(registre.demande(numero).get("purgee_le")).isNull();

        // one year after the radiation: erased; an anonymous record stays, and nothing nominative survives
        registre.nousSommesLe(radiation.plusYears(1));
        registre.laNuitPasse();
        assertThat(registre.demande(numero)).containsEntry("statut", "RADIEE").containsEntry("motif_radiation", "e")
                .containsEntry("date_radiation", java.sql.Date.valueOf(radiation))
                .containsEntry("date_dernier_courrier", java.sql.Date.valueOf(finValidite.minusMonths(1)))
                .containsEntry("renouvellement_en_ligne", false);
        assertThat(registre.demande(numero).get("purgee_le")).isNotNull();
        assertThat(registre.mouvements(numero)).containsExactly("CRE", "RAD", "SUP");
        assertThat(jdbc.sql("select count(*) from demande_commune c join demande d on d.id = c.demande_id "
                + "where d.numero_unique = ?").param(numero).query(Integer.class).single()).isEqualTo(2);
        assertThat(registre.ouApparait(claire.nom(), claire.nir().substring(0, 13), claire.email())).isEmpty();
        assertThat(stockage.existe(lot)).as("the batch of letters, printed long ago, is gone").isFalse();
    }

    private static String destinataire(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
