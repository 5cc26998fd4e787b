package fr.sne.demande.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import tools.jackson.databind.json.JsonMapper;

/**
 * Modification drafts: opened on an active demande of the territory with its content and version, checked by the
 * rules of a modification, written once (a double final POST included), never over a change made meanwhile, a
 * duplicate refused with nothing written; apart from the registration drafts.
 */
@TestIntegration
class ModificationBrouillonsIT {

    private static final Acteur AGENT = Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059");

    @Autowired
    ModifierDemandeParEtapes modification;

    @Autowired
    GererBrouillons enregistrements;

    @Autowired
    EnregistrerDemande enregistrer;

    @Autowired
    ModifierDemande modifier;

    @Autowired
    ConsulterDemande consulter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private static String nomAuHasard() {
        StringBuilder nom = new StringBuilder("Modif");
        for (int i = 0; i < 8; i++) {
            nom.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return nom.toString();
    }

    private String texteExemple(String nom) throws Exception {
        return Files.readString(Path.of("docs/exemples/demande-nord.json")).replace("\"Dupont\"", "\"" + nom + "\"");
    }

    private Demande demande(String nom) throws Exception {
        return enregistrer.executer(json.readValue(texteExemple(nom), ContenuDemande.class), AGENT,
                UUID.randomUUID().toString()).demande();
    }

    /** The content with a JSON text replaced by another (the draft's content as a step would leave it). */
    private ContenuDemande avec(ContenuDemande contenu, String avant, String apres) {
        String texte = json.writeValueAsString(contenu);
        assertThat(texte).contains(avant);
        return json.readValue(texte.replace(avant, apres), ContenuDemande.class);
    }

    private int mouvements(Demande demande, String type) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = ?")
                .params(demande.numeroUnique().valeur(), type).query(Integer.class).single();
    }

    @Test
    void le_brouillon_reprend_le_contenu_et_la_version_et_deux_envois_simultanes_n_ecrivent_qu_une_fois()
            throws Exception {
        Demande demande = demande(nomAuHasard());
        String numero = demande.numeroUnique().valeur();
        Brouillon brouillon = modification.commencer(numero, AGENT, "demandeur");
        assertThat(brouillon.contenu()).isEqualTo(demande.contenu());
        assertThat(brouillon.versionDemande()).isEqualTo(demande.version());
        assertThat(modification.commencer(numero, AGENT, "demandeur").id()).as("resumed, not duplicated")
                .isEqualTo(brouillon.id());
        // apart from the registration drafts
        assertThat(enregistrements.enCours(AGENT).brouillons()).extracting(Brouillon::id).doesNotContain(brouillon.id());
        assertThatThrownBy(() -> enregistrements.lire(brouillon.id(), AGENT))
                .isInstanceOf(RessourceIntrouvableException.class);

        assertThat(modification.enregistrerEtape(numero, brouillon.id(), AGENT,
                avec(brouillon.contenu(), "14 rue Gambetta", "2 rue Nationale"), Map.of(), "situation")).isEmpty();
        assertThat(modification.apercu(modification.lire(numero, brouillon.id(), AGENT), AGENT).rubriques())
                .containsExactly("adresse");

        CountDownLatch depart = new CountDownLatch(1);
        List<CompletableFuture<Demande>> envois = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                depart.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return modification.enregistrer(numero, brouillon.id(), AGENT);
        })).toList();
        depart.countDown();
        for (CompletableFuture<Demande> envoi : envois) {
            assertThat(envoi.get().contenu().adresse().voie()).isEqualTo("2 rue Nationale");
        }
        assertThat(mouvements(demande, "MOD")).isEqualTo(1);
        assertThat(consulter.executer(numero, AGENT).version()).isEqualTo(demande.version() + 1);
        assertThat(modification.lire(numero, brouillon.id(), AGENT).estEnregistre()).isTrue();
        assertThatThrownBy(() -> modification.enregistrerEtape(numero, brouillon.id(), AGENT, demande.contenu(),
                Map.of(), "demandeur")).as("a written draft no longer changes")
                .isInstanceOf(RessourceIntrouvableException.class);
    }

    @Test
    void une_demande_changee_entre_temps_n_est_pas_ecrasee() throws Exception {
        Demande demande = demande(nomAuHasard());
        String numero = demande.numeroUnique().valeur();
        Brouillon brouillon = modification.commencer(numero, AGENT, "demandeur");
        modification.enregistrerEtape(numero, brouillon.id(), AGENT,
                avec(brouillon.contenu(), "14 rue Gambetta", "2 rue Nationale"), Map.of(), "recapitulatif");
        // another guichet changes the contact meanwhile
        modifier.executer(numero, avec(demande.contenu(), "claire.dupont@example.org", "c.d@example.org"),
                demande.version(), Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059"));

        assertThat(modification.apercu(modification.lire(numero, brouillon.id(), AGENT), AGENT).perimee()).isTrue();
        assertThatThrownBy(() -> modification.enregistrer(numero, brouillon.id(), AGENT))
                .isInstanceOf(VersionPerimeeException.class);
        Demande lue = consulter.executer(numero, AGENT);
        assertThat(lue.contenu().adresse().voie()).isEqualTo("14 rue Gambetta");
        assertThat(lue.contenu().contact().email()).isEqualTo("c.d@example.org");
        assertThat(mouvements(demande, "MOD")).isEqualTo(1);
        assertThat(modification.lire(numero, brouillon.id(), AGENT).estEnregistre()).isFalse();

        Brouillon nouveau = modification.recommencer(numero, brouillon.id(), AGENT, "demandeur");
        assertThat(nouveau.versionDemande()).isEqualTo(lue.version());
        assertThat(nouveau.contenu()).isEqualTo(lue.contenu());
        assertThatThrownBy(() -> modification.lire(numero, brouillon.id(), AGENT))
                .isInstanceOf(RessourceIntrouvableException.class);
    }

    @Test
    void un_doublon_et_un_changement_de_territoire_sont_refuses_sans_rien_ecrire() throws Exception {
        String autreNom = nomAuHasard();
        Demande autre = demande(autreNom);
        Demande demande = demande(nomAuHasard());
        String numero = demande.numeroUnique().valeur();
        Brouillon brouillon = modification.commencer(numero, AGENT, "demandeur");

        // the territory of the wished communes cannot change: said at the step, as a field error
        List<ErreurChamp> erreurs = modification.enregistrerEtape(numero, brouillon.id(), AGENT, avec(
                brouillon.contenu(), "[\"59350\",\"59512\",\"59009\"]", "[\"62041\"]"), Map.of(), "logement-recherche");
        assertThat(erreurs).extracting(ErreurChamp::champ, ErreurChamp::code).contains(org.assertj.core.groups.Tuple
                .tuple("logementRecherche.communesSouhaitees", CodeMotif.TERRITOIRE_NON_MODIFIABLE.name()));

        // the demandeur becomes the holder of another active demande of the territory: a duplicate
        ContenuDemande identite = avec(demande.contenu(), demande.contenu().demandeur().nomNaissance(), autreNom);
        assertThat(modification.enregistrerEtape(numero, brouillon.id(), AGENT, identite, Map.of(), "demandeur"))
                .isEmpty();
        assertThatThrownBy(() -> modification.enregistrer(numero, brouillon.id(), AGENT))
                .isInstanceOfSatisfying(ConflitException.class, e -> {
                    assertThat(e.code()).isEqualTo(CodeMotif.DOUBLON.name());
                    assertThat(e.getMessage()).contains(autre.numeroUnique().valeur());
                });
        assertThat(consulter.executer(numero, AGENT).version()).isEqualTo(demande.version());
        assertThat(mouvements(demande, "MOD")).isZero();
        assertThat(modification.lire(numero, brouillon.id(), AGENT).estEnregistre()).isFalse();
    }

    @Test
    void hors_du_territoire_un_autre_agent_une_autre_demande_ou_un_gestionnaire_sont_refuses() throws Exception {
        Demande demande = demande(nomAuHasard());
        Demande autreDemande = demande(nomAuHasard());
        String numero = demande.numeroUnique().valeur();
        Brouillon brouillon = modification.commencer(numero, AGENT, "demandeur");

        assertThatThrownBy(() -> modification.commencer(numero, Acteur.agent("agent-g6201", "G6201", "COMMUNE",
                "062"), "demandeur")).isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> modification.lire(numero, brouillon.id(), Acteur.agent("agent-g5902", "G5902",
                "COMMUNE", "059"))).isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> modification.lire(autreDemande.numeroUnique().valeur(), brouillon.id(), AGENT))
                .as("the draft under another demande's numéro").isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> modification.enregistrer(autreDemande.numeroUnique().valeur(), brouillon.id(),
                AGENT)).isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> modification.commencer(numero, Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
                "demandeur")).isInstanceOf(AccesRefuseException.class);
    }
}
