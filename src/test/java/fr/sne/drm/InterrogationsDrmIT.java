package fr.sne.drm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.HorlogeReglable;
import fr.sne.demande.DemandeExemple;
import fr.sne.drm.application.InterrogerDrm;
import fr.sne.drm.application.ReleveMensuelDrm;
import fr.sne.drm.application.RessourcesDrm;
import fr.sne.drm.application.RessourcesDrm.Lecture;
import fr.sne.drm.domaine.CalendrierDrm;
import fr.sne.drm.domaine.ReleveDrm;
import fr.sne.drm.domaine.StatutDrm;
import fr.sne.drm.simulateur.SimulateurDrm;

/**
 * The DRM's fetches end to end, against the simulator: what triggers them, who is fetched, the coherence rule, the
 * upstream's failures, the monthly refresh across a 22nd and its catch-up, and that none of it is a movement.
 */
class InterrogationsDrmIT extends ApiIT {

    @Autowired
    private LockProvider verrous;

    @Autowired
    HorlogeReglable horloge;
    @Autowired
    InterrogerDrm envoi;
    @Autowired
    ReleveMensuelDrm releve;
    @Autowired
    RessourcesDrm ressources;
    @Autowired
    SimulateurDrm simulateur;

    @AfterEach
    void retourAuPresent() {
        horloge.reinitialiser();
    }

    @Test
    void seul_le_demandeur_a_nir_permanent_est_interroge_et_l_inscription_n_ecrit_que_la_file() {
        String nir = nir(ordreOrdinaire());
        String nirCo = nirHomme();
        DemandeExemple avecNir = DemandeExemple.nord();
        avecNir.demandeur().put("nir", nir);
        Map<String, Object> co = DemandeExemple.personne(DemandeExemple.nomAuHasard(), "Paul",
                LocalDate.of(1985, 6, 1), "M", "1");
        co.put("nir", nirCo);
        avecNir.avecCoDemandeur(co);
        String numero = enregistrer(avecNir);
        String sansNir = enregistrer(DemandeExemple.nord());
        String nia = "8880459" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000)) + "123";
        nia = cle(nia);
        DemandeExemple temporaire = DemandeExemple.nord();
        temporaire.demandeur().put("nir", nia);
        String numeroNia = enregistrer(temporaire);

        // the registration wrote the outbox row and nothing else; no call was made
        for (String n : List.of(numero, sansNir, numeroNia)) {
            assertThat(file(n)).containsExactly("INSCRIPTION");
            assertThat(lignes("drm_situation", n) + lignes("drm_ressource", n)).isZero();
        }
        assertThat(simulateur.appelsPour(nir)).isZero();
        int mouvements = mouvements(numero);

        vider();

        Map<String, Lecture> lues = ressources.lire(List.of(numero, sansNir, numeroNia), 3);
        Lecture lue = lues.get(numero);
        assertThat(lue.statut()).isEqualTo(StatutDrm.AFFICHABLE);
        YearMonth dernier = CalendrierDrm.dernierMoisConnu(LocalDate.now(horloge));
        assertThat(lue.mois()).extracting(RessourcesDrm.Mois::mois)
                .containsExactly(dernier, dernier.minusMonths(1), dernier.minusMonths(2));
        for (RessourcesDrm.Mois m : lue.mois()) {
            assertThat(m.lignes()).isNotEmpty().allSatisfy(l -> {
                assertThat(l.nature()).isNotEqualTo(SimulateurDrm.NATURE_NON_COLLECTEE);
                assertThat(l.libelle()).isNotBlank().isNotEqualTo(l.nature());
            });
            assertThat(m.total()).isEqualByComparingTo(
                    m.lignes().stream().map(RessourcesDrm.Ligne::montant).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(lues.get(sansNir).statut()).isEqualTo(StatutDrm.SANS_NIR);
        assertThat(lues.get(numeroNia).statut()).isEqualTo(StatutDrm.NIR_TEMPORAIRE);
        assertThat(lues.get(sansNir).mois()).isEmpty();
        assertThat(simulateur.appelsPour(nir)).isEqualTo(1);
        assertThat(simulateur.appelsPour(nirCo)).as("a co-demandeur is never fetched").isZero();
        assertThat(simulateur.appelsPour(nia)).as("a temporary NIR is never sent").isZero();
        assertThat(file(numero)).isEmpty();
        // no movement in the vendors' feed; the declared resources untouched
        assertThat(mouvements(numero)).isEqualTo(mouvements);
        assertThat(jdbc.sql("select contenu -> 'demandeur' -> 'ressourcesMensuelles' ->> 0 from demande where numero_unique = ?")
                .param(numero).query(String.class).single()).contains("1350.25");

        // fetched again: the same synthetic months, replaced and not added
        int avant = lignes("drm_ressource", numero);
        jdbc.sql("insert into drm_interrogation (numero_unique, motif, demande_le, prochain_essai) values (?, 'RELEVE_MENSUEL', now(), now())")
                .param(numero).update();
        vider();
        assertThat(lignes("drm_ressource", numero)).isEqualTo(avant);
        assertThat(ressources.lire(List.of(numero), 3).get(numero).mois()).isEqualTo(lue.mois());
    }

    @Test
    void la_moindre_discordance_ne_montre_rien_et_ne_stocke_rien() {
        String autreNom = enregistrerAvecNir(nir("991"));
        String autreDate = enregistrerAvecNir(nir("989"));
        String inconnu = enregistrerAvecNir(nir("990"));

        vider();

        Map<String, Lecture> lues = ressources.lire(List.of(autreNom, autreDate, inconnu), 3);
        assertThat(lues.get(autreNom).statut()).isEqualTo(StatutDrm.DISCORDANCE);
        assertThat(lues.get(autreDate).statut()).isEqualTo(StatutDrm.DISCORDANCE);
        assertThat(lues.get(inconnu).statut()).isEqualTo(StatutDrm.NON_TROUVE);
        assertThat(StatutDrm.DISCORDANCE.raison()).isEqualTo("Les données d'identité ne concordent pas");
        for (String n : List.of(autreNom, autreDate, inconnu)) {
            assertThat(lues.get(n).mois()).isEmpty();
            assertThat(lignes("drm_ressource", n)).as("nothing stored").isZero();
            assertThat(file(n)).isEmpty();
        }
    }

    @Test
    void un_changement_d_identite_cache_aussitot_les_mois_et_interroge_de_nouveau() {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("nir", nir(ordreOrdinaire()));
        String numero = enregistrer(demande);
        vider();
        assertThat(ressources.lire(List.of(numero), 3).get(numero).statut()).isEqualTo(StatutDrm.AFFICHABLE);

        // another rubric than the demandeur's: no fetch
        demande.avec("precisions", "Au rez-de-chaussée de préférence");
        assertThat(modifier(numero, demande, "\"v0\"").statut()).isEqualTo(200);
        assertThat(file(numero)).isEmpty();
        // the demandeur's rubric, his identity unchanged: no fetch
        demande.demandeur().put("situationFamiliale", "M");
        assertThat(modifier(numero, demande, "\"v1\"").statut()).isEqualTo(200);
        assertThat(file(numero)).isEmpty();
        assertThat(ressources.lire(List.of(numero), 3).get(numero).statut()).isEqualTo(StatutDrm.AFFICHABLE);
        // his birth name corrected: the months go at once, in the change's transaction, and a fetch is queued
        demande.demandeur().put("nomNaissance", DemandeExemple.nomAuHasard());
        Reponse r = modifier(numero, demande, "\"v2\"");
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        assertThat(file(numero)).containsExactly("IDENTITE");
        assertThat(ressources.lire(List.of(numero), 3).get(numero).statut()).isEqualTo(StatutDrm.EN_ATTENTE);
        assertThat(lignes("drm_ressource", numero)).isZero();

        vider();

        assertThat(ressources.lire(List.of(numero), 3).get(numero).statut()).isEqualTo(StatutDrm.AFFICHABLE);
    }

    @Test
    void un_amont_en_echec_rend_indisponible_sans_rien_stocker_puis_est_reessaye() {
        String nirPanne = nir("998");
        String nirLimiteUneFois = nir("996");
        Map<String, String> parCas = new java.util.LinkedHashMap<>();
        for (String ordre : List.of("994", "993", "995", "997")) {
            parCas.put(ordre, enregistrerAvecNir(nir(ordre)));
        }
        String passagere = enregistrerAvecNir(nirPanne);
        String limiteUneFois = enregistrerAvecNir(nirLimiteUneFois);
        Instant avant = horloge.instant();

        vider();

        for (String numero : List.of(parCas.get("994"), parCas.get("993"), parCas.get("995"), parCas.get("997"),
                passagere)) {
            assertThat(ressources.lire(List.of(numero), 3).get(numero).statut()).as(numero)
                    .isEqualTo(StatutDrm.INDISPONIBLE);
            assertThat(lignes("drm_ressource", numero)).isZero();
            Map<String, Object> file = jdbc.sql("select essais, prochain_essai, derniere_erreur, reserve_jusqu_au from drm_interrogation where numero_unique = ?")
                    .param(numero).query().singleRow();
            assertThat(file.get("essais")).isEqualTo(1);
            assertThat(((java.sql.Timestamp) file.get("prochain_essai")).toInstant()).isAfter(avant.plusSeconds(50));
            assertThat((String) file.get("derniere_erreur")).startsWith("DRM");
            assertThat(file.get("reserve_jusqu_au")).isNull();
        }
        assertThat(simulateur.appelsPour(nirPanne)).as("the client's own retries").isEqualTo(3);
        // a 429 with Retry-After once: waited for, then answered within the same fetch
        assertThat(ressources.lire(List.of(limiteUneFois), 3).get(limiteUneFois).statut())
                .isEqualTo(StatutDrm.AFFICHABLE);
        assertThat(simulateur.appelsPour(nirLimiteUneFois)).isEqualTo(2);

        horloge.avancer(Duration.ofMinutes(3));
        vider();

        assertThat(ressources.lire(List.of(passagere), 3).get(passagere).statut()).isEqualTo(StatutDrm.AFFICHABLE);
        assertThat(file(passagere)).isEmpty();
        assertThat(ressources.lire(List.of(parCas.get("994")), 3).get(parCas.get("994")).statut())
                .isEqualTo(StatutDrm.INDISPONIBLE);
        assertThat(jdbc.sql("select essais from drm_interrogation where numero_unique = ?").param(parCas.get("994"))
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void le_releve_du_22_puis_le_rattrapage_d_un_22_manque() {
        jdbc.sql("delete from drm_releve where jour >= date '2031-01-01'").update();
        // registered today (their content is checked against today's date), still active years later
        String numero = enregistrerAvecNir(nir(ordreOrdinaire()));
        String sansNir = enregistrer(DemandeExemple.nord());
        vider();
        nousSommesLe(LocalDate.of(2031, 3, 21));
        jdbc.sql("insert into drm_interrogation (numero_unique, motif, demande_le, prochain_essai) values (?, 'INSCRIPTION', now(), now())")
                .param(numero).update();
        vider();
        int mouvements = mouvements(numero);
        assertThat(ressources.lire(List.of(numero), 3).get(numero).mois().getFirst().mois())
                .isEqualTo(YearMonth.of(2031, 1));

        // the night of the 21st: the refresh due is February's, not run yet here
        ReleveDrm fevrier = releve.rattraper().orElseThrow();
        assertThat(fevrier.jour()).isEqualTo(LocalDate.of(2031, 2, 22));
        assertThat(fevrier.demandes()).isPositive();
        assertThat(file(numero)).containsExactly("RELEVE_MENSUEL");
        assertThat(file(sansNir)).as("only demandeurs with a permanent NIR").isEmpty();
        vider();
        assertThat(releve.rattraper()).isEmpty();

        // the 22nd
        nousSommesLe(LocalDate.of(2031, 3, 22));
        ReleveDrm mars = releve.rattraper().orElseThrow();
        assertThat(mars.jour()).isEqualTo(LocalDate.of(2031, 3, 22));
        vider();
        Lecture lue = ressources.lire(List.of(numero), 3).get(numero);
        assertThat(lue.mois().getFirst().mois()).isEqualTo(YearMonth.of(2031, 2));
        ReleveDrm compte = releve.lire(LocalDate.of(2031, 3, 22)).orElseThrow();
        assertThat(compte.affichables()).isPositive();
        assertThat(compte.demandes()).isEqualTo(mars.demandes());
        assertThat(releve.rattraper()).as("once a day").isEmpty();
        assertThat(releve.executer(LocalDate.of(2031, 3, 22)).orElseThrow().demandes()).isEqualTo(mars.demandes());
        assertThat(file(numero)).isEmpty();

        // the application was stopped on the 22nd of April: caught up the first night after
        nousSommesLe(LocalDate.of(2031, 4, 25));
        ReleveDrm avril = releve.rattraper().orElseThrow();
        assertThat(avril.jour()).isEqualTo(LocalDate.of(2031, 4, 22));
        vider();
        assertThat(ressources.lire(List.of(numero), 3).get(numero).mois().getFirst().mois())
                .isEqualTo(YearMonth.of(2031, 3));
        // in bulk from the 26th
        assertThat(ressources.moisDisponibleEnMasse(LocalDate.of(2031, 4, 25))).isEqualTo(YearMonth.of(2031, 2));
        assertThat(ressources.moisDisponibleEnMasse(LocalDate.of(2031, 4, 26))).isEqualTo(YearMonth.of(2031, 3));
        assertThat(ressources.lire(List.of(numero), 3, ressources.moisDisponibleEnMasse(LocalDate.of(2031, 4, 25)))
                .get(numero).mois().getFirst().mois()).isEqualTo(YearMonth.of(2031, 2));
        assertThat(mouvements(numero)).as("no movement for DRM data").isEqualTo(mouvements);

        // the administration's endpoint, as the nightly pass's
        Reponse admin = api.post("ADMIN", "/v1.0/admin/drm/releves/2031-04-22", "", null);
        assertThat(admin.statut()).as(admin.texte()).isEqualTo(200);
        assertThat(admin.json().get("demandes").asInt()).isEqualTo(avril.demandes());
        Reponse territorial = api.post("GT-059", "/v1.0/admin/drm/releves/2031-04-22", "", null);
        assertThat(territorial.statut()).isEqualTo(403);
        assertThat(territorial.json().get("code").asString()).isEqualTo("TRAITEMENT_NATIONAL_REQUIS");
        Reponse futur = api.post("ADMIN", "/v1.0/admin/drm/releves/2031-04-26", "", null);
        assertThat(futur.statut()).isEqualTo(422);
        assertThat(api.post("G5901", "/v1.0/admin/drm/releves/2031-04-22", "", null).statut()).isEqualTo(403);

        // another instance starting a refresh holds the refresh's lock (ShedLock's name, drm-releve-mensuel):
        // 409 DRM_RELEVE_EN_COURS, and nothing is started for the day asked
        SimpleLock autre = verrous.lock(new LockConfiguration(Instant.now(), "drm-releve-mensuel",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            Reponse occupe = api.post("ADMIN", "/v1.0/admin/drm/releves/2031-04-10", "", null);
            assertThat(occupe.statut()).as(occupe.texte()).isEqualTo(409);
            assertThat(occupe.json().get("code").asString()).isEqualTo("DRM_RELEVE_EN_COURS");
        } finally {
            autre.unlock();
        }
        assertThat(jdbc.sql("select count(*) from drm_releve where jour = date '2031-04-10'").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from drm_interrogation where releve = date '2031-04-10'")
                .query(Integer.class).single()).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** Passes until no fetch is due now. */
    private void vider() {
        for (int i = 0; i < 200 && envoi.unePasse().pris() > 0; i++) {
            // again
        }
    }

    private void nousSommesLe(LocalDate jour) {
        horloge.regler(jour.atTime(LocalTime.of(9, 0)).atZone(HorlogeConfiguration.FUSEAU).toInstant());
    }

    private String enregistrer(DemandeExemple demande) {
        Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private String enregistrerAvecNir(String nir) {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("nir", nir);
        return enregistrer(demande);
    }

    private Reponse modifier(String numero, DemandeExemple demande, String etag) {
        return api.envoyer("PUT", "G5901", "/v1.0/demandes/" + numero, demande.json(), Map.of("If-Match", etag));
    }

    private List<String> file(String numero) {
        return jdbc.sql("select motif from drm_interrogation where numero_unique = ?").param(numero)
                .query(String.class).list();
    }

    private int lignes(String table, String numero) {
        return jdbc.sql("select count(*) from " + table + " where numero_unique = ?").param(numero)
                .query(Integer.class).single();
    }

    private int mouvements(String numero) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero)
                .query(Integer.class).single();
    }

    /** An order number the simulator answers normally for. */
    private static String ordreOrdinaire() {
        return "%03d".formatted(ThreadLocalRandom.current().nextInt(200, 900));
    }

    /**
     * A NIR of a woman born in April 1988 (the example demande's demandeur) in the Nord, in a commune of its own
     * (600–999: not the other tests'), with this order number and its key.
     */
    private static String nir(String ordre) {
        return cle("2880459" + "%03d".formatted(ThreadLocalRandom.current().nextInt(600, 1000)) + ordre);
    }

    private static String nirHomme() {
        return cle("1850659" + "%03d".formatted(ThreadLocalRandom.current().nextInt(600, 1000)) + ordreOrdinaire());
    }

    private static String cle(String treize) {
        long corps = Long.parseLong(treize);
        return treize + "%02d".formatted(97 - corps % 97);
    }
}
