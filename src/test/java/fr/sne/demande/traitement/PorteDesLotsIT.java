package fr.sne.demande.traitement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.sne.ApiIT;
import fr.sne.commun.HorlogeReglable;
import fr.sne.commun.stockage.DossierStockage;
import fr.sne.commun.stockage.Stockage;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.traitement.Registre.Demandeur;

/**
 * The nightly pass through the door for batches: its radiations publish one typed event per demande, as a
 * guichet's do; its erasure hands the erased demandes to every module's port in the same transaction, and the
 * files they name go after the commit, retried until done.
 */
@RecordApplicationEvents
class PorteDesLotsIT extends ApiIT {

    @Autowired
    private HorlogeReglable horloge;

    @Autowired
    private TraitementPlanifie traitement;

    @Autowired
    private EffacementDemandesEssai effacement;

    @Autowired
    private Stockage stockage;

    @Autowired
    private SuppressionsFichiers suppressions;

    @Autowired
    private ApplicationEvents evenements;

    @Autowired
    private fr.sne.drm.application.InterrogerDrm envoiDrm;

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
    void chaque_radiation_de_la_nuit_publie_son_evenement_type() {
        LocalDate aujourdhui = registre.aujourdhui();
        String nonRenouvelee = registre.leGuichetEnregistre(Demandeur.nouveau());
        LocalDate fin = aujourdhui.minusMonths(1);
        jdbc.sql("update demande set date_fin_validite = ? where numero_unique = ?").params(fin, nonRenouvelee)
                .update();
        jdbc.sql("""
                insert into avis_renouvellement (demande_id, date_fin_validite, jour_traitement, guichet, par_courrier,
                                                 par_courriel, cree_le)
                select id, date_fin_validite, date_fin_validite - 30, guichet_enregistreur, true, false, now()
                  from demande where numero_unique = ?""").param(nonRenouvelee).update();
        String sansReponse = registre.leGuichetEnregistre(Demandeur.nouveau());
        jdbc.sql("""
                insert into avertissement (demande_id, motif, date_envoi, canal, guichet, radiation_demandee, enregistre_le)
                select id, 'c', ?, 'LRAR', 'G5902', true, now() from demande where numero_unique = ?""")
                .params(aujourdhui.minusMonths(2), sansReponse).update();
        int versionE = (int) registre.demande(nonRenouvelee).get("version");
        int versionC = (int) registre.demande(sansReponse).get("version");

        registre.laNuitPasse();

        List<DemandeRadiee> radiees = evenements.stream(DemandeRadiee.class)
                .filter(r -> List.of(nonRenouvelee, sansReponse).contains(r.numeroUnique().valeur())).toList();
        assertThat(radiees).hasSize(2);
        DemandeRadiee e = radiees.stream().filter(r -> r.numeroUnique().valeur().equals(nonRenouvelee)).findFirst()
                .orElseThrow();
        assertThat(e.motif()).isEqualTo(MotifRadiation.NON_RENOUVELLEMENT);
        assertThat(e.guichet()).isNull();
        assertThat(e.versionAttendue()).isEqualTo(versionE);
        assertThat(e.dateRadiation()).isEqualTo(aujourdhui);
        assertThat(e.acteur()).isEqualTo(TraitementQuotidien.ACTEUR);
        assertThat(e.territoire()).isEqualTo("059");
        DemandeRadiee c = radiees.stream().filter(r -> r.numeroUnique().valeur().equals(sansReponse)).findFirst()
                .orElseThrow();
        assertThat(c.motif()).isEqualTo(MotifRadiation.ABSENCE_REPONSE);
        assertThat(c.guichet()).isEqualTo("G5902");
        assertThat(c.versionAttendue()).isEqualTo(versionC);
        // the rows say what the events say
        assertThat(registre.demande(nonRenouvelee)).containsEntry("statut", "RADIEE")
                .containsEntry("motif_radiation", "e").containsEntry("version", versionE + 1);
        assertThat(registre.demande(sansReponse)).containsEntry("motif_radiation", "c")
                .containsEntry("radiee_par", "G5902").containsEntry("version", versionC + 1);
        assertThat(registre.mouvements(nonRenouvelee)).containsExactly("CRE", "RAD");
    }

    @Test
    void l_effacement_passe_la_main_aux_modules_dans_sa_transaction_puis_supprime_leurs_fichiers() throws Exception {
        LocalDate aujourdhui = registre.aujourdhui();
        String numero = radieeIlYAUnAn();
        String autre = radieeIlYAUnAn();
        String cle = "essai-effacement/" + numero + ".txt";
        stockage.ecrire(cle, "pièce de la demande".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // the other module's file cannot be deleted at first (a folder with something in it stands in its place)
        String bloquee = "essai-effacement/" + autre + "-bloque";
        Path dossier = ((DossierStockage) stockage).racine().resolve(bloquee);
        Files.createDirectories(dossier);
        Files.writeString(dossier.resolve("dedans.txt"), "x");
        effacement.fichiers.put(numero, Set.of(cle));
        effacement.fichiers.put(autre, Set.of(bloquee));

        BilanTraitement bilan = registre.laNuitPasse();

        assertThat(bilan.purges()).isGreaterThanOrEqualTo(2);
        assertThat(effacement.appelsPour(numero)).singleElement().satisfies(a -> {
            assertThat(a.enTransaction()).isTrue();
            assertThat(a.personnesRestantes()).isZero();
            assertThat(a.statut()).isEqualTo("RADIEE");
        });
        assertThat(effacement.appelsPour(autre)).hasSize(1);
        assertThat(registre.demande(numero).get("purgee_le")).isNotNull();
        assertThat(registre.mouvements(numero)).containsExactly("CRE", "SUP");
        // deleted after the commit; the one that failed stays, counted, and goes at a later try
        assertThat(stockage.existe(cle)).isFalse();
        assertThat(jdbc.sql("select count(*) from fichier_a_supprimer where cle = ?").param(cle).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select tentatives from fichier_a_supprimer where cle = ?").param(bloquee)
                .query(Integer.class).single()).isEqualTo(1);
        Files.delete(dossier.resolve("dedans.txt"));
        suppressions.executer();
        assertThat(Files.exists(dossier)).isFalse();
        assertThat(jdbc.sql("select count(*) from fichier_a_supprimer where cle = ?").param(bloquee)
                .query(Long.class).single()).isZero();
        // a second run of the day erases nothing and hands nothing
        registre.laNuitPasse();
        assertThat(effacement.appelsPour(numero)).hasSize(1);
        assertThat(aujourdhui).isEqualTo(registre.aujourdhui());
    }

    @Test
    void l_effacement_emporte_les_pieces_de_la_demande_leurs_metadonnees_et_leurs_objets() {
        Demandeur demandeur = Demandeur.nouveau();
        String numero = registre.leGuichetEnregistre(demandeur);
        fr.sne.ClientApi.Reponse depot = api.multipart("G5901", "/v1.0/demandes/" + numero + "/pieces", List.of(
                fr.sne.ClientApi.Partie.fichier("fichier", "identite.pdf", "application/pdf",
                        fr.sne.pieces.FichiersEssai.pdf(1)),
                fr.sne.ClientApi.Partie.champ("categorie", "IDENTITE"),
                fr.sne.ClientApi.Partie.champ("personne", "DEMANDEUR"),
                fr.sne.ClientApi.Partie.champ("pages", "[{\"de\":1,\"a\":1,\"libelle\":\"carte d'identité de "
                        + demandeur.nom() + "\"}]")));
        assertThat(depot.statut()).as(depot.texte()).isEqualTo(201);
        String cle = "pieces/" + depot.json().get("id").asString();
        assertThat(stockage.existe(cle)).isTrue();
        assertThat(registre.ouApparait(demandeur.nom())).contains("piece.pages", "mouvement.contenu");
        // the demande was typed by the national entry centre from a scanned Cerfa: its queue's row keeps the numéro
        java.util.UUID scan = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into cerfa_numerise (id, sha256, taille, pages, pages_cerfa, cle_stockage, client_api, recu_le,
                                            etat, numero_unique, saisie_par, saisi_le)
                values (?, ?, 1000, 2, 1, ?, 'demo-numerisation', now(), 'SAISI', ?, 'agent-gcnat', now())""")
                .params(scan, scan.toString().replace("-", "").repeat(2),
                        "cerfas/" + scan, numero).update();
        jdbc.sql("""
                update demande set statut = 'RADIEE', motif_radiation = 'b', date_radiation = ?,
                                   radiee_par = guichet_enregistreur
                 where numero_unique = ?""").params(registre.aujourdhui().minusYears(1).minusDays(1), numero).update();

        registre.laNuitPasse();

        assertThat(registre.demande(numero).get("purgee_le")).isNotNull();
        assertThat(jdbc.sql("select count(*) from piece where numero_unique = ?").param(numero).query(Long.class)
                .single()).isZero();
        assertThat(stockage.existe(cle)).as("the piece's object, deleted after the erasure's commit").isFalse();
        assertThat(jdbc.sql("select count(*) from cerfa_numerise where id = ? or numero_unique = ?")
                .params(scan, numero).query(Long.class).single()).as("the scan's row in the centre's queue").isZero();
        assertThat(registre.ouApparait(demandeur.nom(), demandeur.nir().substring(0, 13))).isEmpty();
    }

    @Test
    void l_effacement_emporte_les_ressources_drm_de_la_demande() {
        Demandeur demandeur;
        do {
            // an order number the DRM's simulator answers normally for (989-998 are its hard cases)
            demandeur = Demandeur.nouveau();
        } while (Integer.parseInt(demandeur.nir().substring(10, 13)) >= 989);
        String numero = registre.leGuichetEnregistre(demandeur);
        for (int i = 0; i < 100 && envoiDrm.unePasse().pris() > 0; i++) {
            // until the queue of fetches is empty
        }
        assertThat(jdbc.sql("select statut from drm_situation where numero_unique = ?").param(numero)
                .query(String.class).single()).isEqualTo("AFFICHABLE");
        assertThat(jdbc.sql("select count(*) from drm_ressource where numero_unique = ?").param(numero)
                .query(Long.class).single()).isPositive();
        jdbc.sql("insert into drm_interrogation (numero_unique, motif, demande_le, prochain_essai) values (?, 'RELEVE_MENSUEL', now(), now())")
                .param(numero).update();
        jdbc.sql("""
                update demande set statut = 'RADIEE', motif_radiation = 'b', date_radiation = ?,
                                   radiee_par = guichet_enregistreur
                 where numero_unique = ?""").params(registre.aujourdhui().minusYears(1).minusDays(1), numero).update();

        registre.laNuitPasse();

        assertThat(registre.demande(numero).get("purgee_le")).isNotNull();
        for (String table : List.of("drm_situation", "drm_ressource", "drm_interrogation")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where numero_unique = ?").param(numero)
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(registre.ouApparait(numero, demandeur.nom(), demandeur.nir().substring(0, 13)))
                .as("only the demande's own row keeps its numéro").allMatch(lieu -> !lieu.startsWith("drm_"));
    }

    @Test
    void un_effacement_annule_ne_supprime_aucun_fichier() {
        String numero = radieeIlYAUnAn();
        String cle = "essai-effacement/" + numero + "-annule.txt";
        stockage.ecrire(cle, new byte[] {1});
        effacement.fichiers.put(numero, Set.of(cle));
        // a later statement of the same transaction fails: the erasure, and the files it named, are rolled back
        jdbc.sql("""
                create or replace function echec_essai() returns trigger language plpgsql as
                $$ begin raise exception 'échec simulé'; end $$""").update();
        jdbc.sql("drop trigger if exists echec_essai on traitement_quotidien").update();
        jdbc.sql("create trigger echec_essai after update on traitement_quotidien for each row "
                + "execute function echec_essai()").update();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> registre.laNuitPasse())
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.sql("drop trigger if exists echec_essai on traitement_quotidien").update();
            jdbc.sql("drop function if exists echec_essai()").update();
        }
        assertThat(registre.demande(numero).get("purgee_le")).isNull();
        assertThat(jdbc.sql("select count(*) from fichier_a_supprimer where cle = ?").param(cle).query(Long.class)
                .single()).isZero();
        assertThat(stockage.existe(cle)).isTrue();
        stockage.supprimer(cle);
    }

    /** A demande of a new applicant, radiated (renunciation) one year and a day ago (its row only). */
    private String radieeIlYAUnAn() {
        String numero = registre.leGuichetEnregistre(Demandeur.nouveau());
        jdbc.sql("""
                update demande set statut = 'RADIEE', motif_radiation = 'b', date_radiation = ?,
                                   radiee_par = guichet_enregistreur
                 where numero_unique = ?""").params(registre.aujourdhui().minusYears(1).minusDays(1), numero).update();
        return numero;
    }
}
