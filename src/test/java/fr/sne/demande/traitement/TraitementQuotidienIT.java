package fr.sne.demande.traitement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.traitement.Registre.Demandeur;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The nightly pass step by step: channels of the notices, letters and e-mails, radiations, the admin endpoint. */
class TraitementQuotidienIT extends ApiIT {

    @Autowired
    private HorlogeReglable horloge;

    @Autowired
    private TraitementPlanifie traitement;

    @Autowired
    private TraitementQuotidien quotidien;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private GreenMail courriels;

    @Autowired
    private Stockage stockage;

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

    /** The demande's validity now ends on {@code fin} (as if registered a year before it). */
    private void finDeValidite(String numero, LocalDate fin) {
        jdbc.sql("update demande set date_fin_validite = ? where numero_unique = ?").params(fin, numero).update();
    }

    private void contact(String numero, boolean enLigne, boolean consentementEmail) {
        jdbc.sql("""
                update demande set renouvellement_en_ligne = ?,
                       contenu = jsonb_set(contenu, '{contact,consentementEmail}', to_jsonb(?::boolean))
                 where numero_unique = ?""").params(enLigne, consentementEmail, numero).update();
    }

    private List<MimeMessage> courrielsA(String adresse) {
        return List.of(courriels.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(adresse);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String texte(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void l_avis_part_par_le_canal_de_l_article_R441_2_7_une_seule_fois() throws Exception {
        LocalDate aujourdhui = registre.aujourdhui();
        Demandeur jamaisEnLigne = Demandeur.nouveau();
        Demandeur enLigne = Demandeur.nouveau();
        Demandeur enLigneVeutLaPoste = Demandeur.nouveau();
        String n1 = registre.leGuichetEnregistre(jamaisEnLigne);
        String n2 = registre.leGuichetEnregistre(enLigne);
        String n3 = registre.leGuichetEnregistre(enLigneVeutLaPoste);
        contact(n2, true, true);
        contact(n3, true, false);
        for (String n : List.of(n1, n2, n3)) {
            finDeValidite(n, aujourdhui.plusMonths(1));
        }

        BilanTraitement bilan = registre.laNuitPasse();

        assertThat(bilan.avis()).isGreaterThanOrEqualTo(3);
        assertThat(registre.avis(n1)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("par_courrier", true).containsEntry("par_courriel", true));
        assertThat(registre.avis(n2)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("par_courrier", false).containsEntry("par_courriel", true)
                .containsEntry("lot_courrier", null));
        assertThat(registre.avis(n3)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("par_courrier", true).containsEntry("par_courriel", true));
        for (Demandeur d : List.of(jamaisEnLigne, enLigne, enLigneVeutLaPoste)) {
            assertThat(courrielsA(d.email())).hasSize(1);
        }

        // the day's batch of letters of G5901: the letters sent by post, and only those
        String lot = (String) registre.avis(n1).getFirst().get("lot_courrier");
        byte[] pdf = stockage.lire(lot).orElseThrow();
        assertThat(texte(pdf)).contains(n1, jamaisEnLigne.nom(), n3, enLigneVeutLaPoste.nom()).doesNotContain(n2);

        // again the same day: no second notice, no second e-mail, the same batch
        BilanTraitement encore = registre.laNuitPasse();
        assertThat(encore.avis()).isZero();
        assertThat(encore.courriels()).isZero();
        for (Demandeur d : List.of(jamaisEnLigne, enLigne, enLigneVeutLaPoste)) {
            assertThat(courrielsA(d.email())).hasSize(1);
        }
        assertThat(stockage.lire(lot).orElseThrow()).isEqualTo(pdf);
    }

    @Test
    void un_courriel_non_envoye_part_a_la_nuit_suivante_et_un_lot_perdu_est_reecrit() {
        Demandeur claire = Demandeur.nouveau();
        String numero = registre.leGuichetEnregistre(claire);
        finDeValidite(numero, registre.aujourdhui().plusMonths(1));
        registre.laNuitPasse();
        String lot = (String) registre.avis(numero).getFirst().get("lot_courrier");
        // as if the run had stopped after its SQL: the e-mail not marked sent, the batch not written
        jdbc.sql("update avis_renouvellement a set courriel_envoye_le = null from demande d "
                + "where d.id = a.demande_id and d.numero_unique = ?").param(numero).update();
        jdbc.sql("update traitement_quotidien set documents_termines_le = null").update();
        stockage.supprimer(lot);

        registre.nousSommesLe(registre.aujourdhui().plusDays(1));
        registre.laNuitPasse();

        assertThat(courrielsA(claire.email())).hasSize(2);
        assertThat(registre.avis(numero).getFirst().get("courriel_envoye_le")).isNotNull();
        assertThat(stockage.existe(lot)).isTrue();
    }

    @Test
    void la_radiation_pour_absence_de_reponse_attend_deux_mois_apres_l_avertissement() {
        LocalDate aujourdhui = registre.aujourdhui();
        String echu = registre.leGuichetEnregistre(Demandeur.nouveau());
        String pasEncore = registre.leGuichetEnregistre(Demandeur.nouveau());
        String nonDemandee = registre.leGuichetEnregistre(Demandeur.nouveau());
        avertir(echu, aujourdhui.minusMonths(2), true);
        avertir(pasEncore, aujourdhui.minusMonths(2).plusDays(1), true);
        avertir(nonDemandee, aujourdhui.minusMonths(6), false);

        registre.laNuitPasse();

        assertThat(registre.demande(echu)).containsEntry("statut", "RADIEE").containsEntry("motif_radiation", "c")
                .containsEntry("radiee_par", "G5902");
        assertThat(registre.mouvements(echu)).containsExactly("CRE", "RAD");
        assertThat(registre.documentsStricts(echu).getLast()).isInstanceOfSatisfying(
                fr.sne.demande.DocumentMouvement.Radiation.class, r -> {
                    assertThat(r.motifRadiation()).isEqualTo("c");
                    assertThat(r.dateAvertissement()).isEqualTo(aujourdhui.minusMonths(2));
                    assertThat(r.guichet()).isEqualTo("G5902");
                });
        assertThat(registre.versions(echu)).containsExactly(0, 1);
        assertThat(registre.demande(echu)).containsEntry("version", 1);
        assertThat(registre.statut(pasEncore)).isEqualTo("ACTIVE");
        assertThat(registre.statut(nonDemandee)).isEqualTo("ACTIVE");
    }

    private void avertir(String numero, LocalDate envoi, boolean radiationDemandee) {
        jdbc.sql("""
                insert into avertissement (demande_id, motif, date_envoi, canal, guichet, radiation_demandee, enregistre_le)
                select id, 'c', ?, 'LRAR', 'G5902', ?, now() from demande where numero_unique = ?""")
                .params(envoi, radiationDemandee, numero).update();
    }

    @Test
    void l_administration_lance_le_traitement_d_un_jour_et_rattrape_les_nuits_manquees() {
        LocalDate aujourdhui = registre.aujourdhui();
        List<String> numeros = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String numero = registre.leGuichetEnregistre(Demandeur.nouveau());
            // radiation due on today-2, today-1, today
            finDeValidite(numero, aujourdhui.minusDays(3 - i).minusMonths(1));
            numeros.add(numero);
        }
        // the night of today-3 was handled (notices), the next two were missed
        Reponse avant = api.post("ADMIN", "/v1.0/admin/traitements/" + aujourdhui.minusDays(3), "", null);
        assertThat(avant.statut()).as(avant.texte()).isEqualTo(200);
        assertThat(numeros).allSatisfy(n -> {
            assertThat(registre.avis(n)).hasSize(1);
            assertThat(registre.statut(n)).isEqualTo("ACTIVE");
        });

        Reponse rattrapage = api.post("ADMIN", "/v1.0/admin/traitements/" + aujourdhui, "", null);

        assertThat(rattrapage.statut()).as(rattrapage.texte()).isEqualTo(200);
        assertThat(rattrapage.json().get("radiationsE").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(numeros).allSatisfy(n -> assertThat(registre.demande(n)).containsEntry("statut", "RADIEE")
                .containsEntry("motif_radiation", "e"));
        assertThat(numeros).allSatisfy(n -> {
            assertThat(registre.documentsStricts(n).getLast()).isInstanceOfSatisfying(
                    fr.sne.demande.DocumentMouvement.Radiation.class,
                    r -> assertThat(r.dateFinValidite()).isNotNull());
            assertThat(registre.versions(n)).containsExactly(0, 1);
        });

        // a second run of the same day changes nothing
        String etat = etatDuRegistre();
        Reponse encore = api.post("ADMIN", "/v1.0/admin/traitements/" + aujourdhui, "", null);
        assertThat(encore.statut()).isEqualTo(200);
        assertThat(encore.json().get("avis").asInt()).isZero();
        assertThat(encore.json().get("radiationsE").asInt()).isZero();
        assertThat(encore.json().get("purges").asInt()).isZero();
        assertThat(etatDuRegistre()).isEqualTo(etat);
    }

    /** A fingerprint of everything the pass may write. */
    private String etatDuRegistre() {
        return jdbc.sql("""
                select concat_ws('|',
                  (select md5(string_agg(concat_ws(',', id, statut, version, modifiee_le, motif_radiation, date_radiation,
                                                    date_dernier_courrier, purgee_le, md5(contenu::text)), ';' order by id))
                     from demande),
                  (select md5(string_agg(concat_ws(',', id, md5(contenu::text)), ';' order by id)) from mouvement),
                  (select md5(string_agg(concat_ws(',', demande_id, date_fin_validite, courriel_envoye_le, lot_courrier),
                                         ';' order by demande_id, date_fin_validite)) from avis_renouvellement),
                  (select md5(string_agg(concat_ws(',', jour, commence_le, termine_le, avis, radiations_e, radiations_c,
                                                    purges, documents_termines_le), ';' order by jour))
                     from traitement_quotidien))""").query(String.class).single();
    }

    @Test
    void un_jour_futur_est_refuse_et_un_guichet_n_a_pas_acces() {
        LocalDate demain = registre.aujourdhui().plusDays(1);
        Reponse futur = api.post("ADMIN", "/v1.0/admin/traitements/" + demain, "", null);
        assertThat(futur.statut()).as(futur.texte()).isEqualTo(422);
        assertThat(futur.json().at("/erreurs/0/code").asString()).isEqualTo("DATE_FUTURE");

        Reponse guichet = api.post("G5901", "/v1.0/admin/traitements/" + registre.aujourdhui(), "", null);
        assertThat(guichet.statut()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from traitement_quotidien").query(Integer.class).single()).isZero();
    }

    @Test
    void le_client_d_un_gestionnaire_territorial_ne_lance_pas_le_traitement_national() {
        String numero = registre.leGuichetEnregistre(Demandeur.nouveau());
        finDeValidite(numero, registre.aujourdhui().minusMonths(1));
        String etat = etatDuRegistre();

        Reponse territorial = api.post("GT-059", "/v1.0/admin/traitements/" + registre.aujourdhui(), "", null);

        assertThat(territorial.statut()).as(territorial.texte()).isEqualTo(403);
        assertThat(territorial.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(territorial.json().get("code").asString()).isEqualTo("TRAITEMENT_NATIONAL_REQUIS");
        assertThat(etatDuRegistre()).isEqualTo(etat);
        assertThat(registre.statut(numero)).isEqualTo("ACTIVE");
    }

    @Test
    void un_renouvellement_concurrent_de_la_radiation_donne_une_seule_issue() throws Exception {
        LocalDate aujourdhui = registre.aujourdhui();
        int radiees = 0;
        int renouvelees = 0;
        for (int i = 0; i < 12; i++) {
            String numero = registre.leGuichetEnregistre(Demandeur.nouveau());
            LocalDate fin = aujourdhui.minusMonths(1).minusDays(1);
            finDeValidite(numero, fin);
            jdbc.sql("""
                    insert into avis_renouvellement (demande_id, date_fin_validite, jour_traitement, guichet,
                                                     par_courrier, par_courriel, cree_le)
                    select id, date_fin_validite, ?, guichet_enregistreur, true, false, now()
                      from demande where numero_unique = ?""").params(fin.minusMonths(1), numero).update();
            int version = (Integer) registre.demande(numero).get("version");
            CyclicBarrier depart = new CyclicBarrier(2);
            CompletableFuture<Integer> passe = CompletableFuture.supplyAsync(() -> {
                attendre(depart);
                return transaction.execute(s -> quotidien.radierNonRenouvelees(aujourdhui, Instant.now()));
            });
            CompletableFuture<Integer> renouvellement = CompletableFuture.supplyAsync(() -> {
                attendre(depart);
                // what a renewal does: optimistic lock on the version read, a new end of validity
                return jdbc.sql("""
                        update demande set version = version + 1, date_fin_validite = ?, modifiee_le = ?,
                               date_dernier_renouvellement = ?
                         where numero_unique = ? and version = ?""")
                        .params(aujourdhui.plusYears(1), Timestamp.from(Instant.now()), aujourdhui, numero, version)
                        .update();
            });
            passe.get();
            boolean renouvelee = renouvellement.get() == 1;
            Map<String, Object> apres = registre.demande(numero);
            boolean radiee = "RADIEE".equals(apres.get("statut"));
            assertThat(radiee ^ renouvelee).as("exactly one outcome for %s (radiée %s, renouvelée %s)", numero,
                    radiee, renouvelee).isTrue();
            assertThat(registre.mouvements(numero)).containsExactlyElementsOf(
                    radiee ? List.of("CRE", "RAD") : List.of("CRE"));
            if (radiee) {
                radiees++;
            } else {
                renouvelees++;
                assertThat(apres.get("date_fin_validite")).isEqualTo(java.sql.Date.valueOf(aujourdhui.plusYears(1)));
            }
        }
        assertThat(radiees + renouvelees).isEqualTo(12);
    }

    private static void attendre(CyclicBarrier barriere) {
        try {
            barriere.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
