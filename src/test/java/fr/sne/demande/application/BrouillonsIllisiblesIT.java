package fr.sne.demande.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.BrouillonIllisible;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draft rows whose content can no longer be read (issue 13, defect 1: a number of 2,001 digits the form once let
 * through, a field an older version wrote otherwise, a null): listed apart, never resumed, deleted without being
 * read, for registration and modification drafts alike; another agent's, or the other kind's, stays out of reach.
 */
@TestIntegration
class BrouillonsIllisiblesIT {

    private static final Acteur AGENT = Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059");

    @Autowired
    GererBrouillons enregistrements;

    @Autowired
    ModifierDemandeParEtapes modification;

    @Autowired
    EnregistrerDemande enregistrer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** A draft row written directly, as an older version or a corruption would leave it. */
    private UUID ecrire(Acteur agent, String contenu, String saisiesBrutes, String demandeModifiee) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into brouillon_demande (id, agent, guichet, contenu, saisies_brutes, etape, cree_le, modifie_le,
                                               demande_modifiee, version_demande)
                values (?, ?, ?, ?::jsonb, ?::jsonb, 'ressources', now(), now(), ?, ?)""")
                .params(id, agent.identifiant(), agent.guichetRequis(), contenu, saisiesBrutes, demandeModifiee,
                        demandeModifiee == null ? null : 0)
                .update();
        return id;
    }

    private long compter(UUID id) {
        return jdbc.sql("select count(*) from brouillon_demande where id = ?").param(id).query(Long.class).single();
    }

    private Demande demande() throws Exception {
        StringBuilder nom = new StringBuilder("Illisible");
        for (int i = 0; i < 8; i++) {
            nom.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String texte = Files.readString(Path.of("docs/exemples/demande-nord.json"))
                .replace("\"Dupont\"", "\"" + nom + "\"");
        return enregistrer.executer(json.readValue(texte, ContenuDemande.class), AGENT, UUID.randomUUID().toString())
                .demande();
    }

    @Test
    void un_brouillon_d_enregistrement_illisible_est_liste_a_part_jamais_repris_et_se_supprime() {
        UUID lisible = enregistrements.creer(AGENT, "demandeur").id();
        Map<String, String> illisibles = Map.of(
                "nombre de 2001 chiffres", "{\"logementActuel\": {\"loyerMensuel\": 1e2000}}",
                "date d'une version antérieure", "{\"demandeur\": {\"dateNaissance\": \"12/04/1988\"}}",
                "contenu nul", "null");
        Map<UUID, String> ids = new java.util.HashMap<>();
        illisibles.forEach((cas, contenu) -> ids.put(ecrire(AGENT, contenu, "{}", null), cas));
        UUID saisiesNulles = ecrire(AGENT, "{}", "{\"logementActuel.surface\": null}", null);
        ids.put(saisiesNulles, "saisie brute nulle");

        var enCours = enregistrements.enCours(AGENT);
        assertThat(enCours.brouillons()).extracting(b -> b.id()).contains(lisible).doesNotContainAnyElementsOf(
                ids.keySet());
        assertThat(enCours.illisibles()).extracting(BrouillonIllisible::id).containsAll(ids.keySet());
        for (UUID id : ids.keySet()) {
            assertThatThrownBy(() -> enregistrements.lire(id, AGENT)).as(ids.get(id))
                    .isInstanceOf(BrouillonIllisibleException.class);
            assertThatThrownBy(() -> enregistrements.enregistrer(id, AGENT)).as(ids.get(id))
                    .isInstanceOf(BrouillonIllisibleException.class);
        }
        // someone else's stays out of reach, as any draft of someone else
        Acteur autre = Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059");
        assertThatThrownBy(() -> enregistrements.lire(saisiesNulles, autre))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> enregistrements.supprimer(saisiesNulles, autre))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(compter(saisiesNulles)).isOne();

        for (UUID id : ids.keySet()) {
            enregistrements.supprimer(id, AGENT);
            assertThat(compter(id)).as(ids.get(id)).isZero();
        }
        assertThat(enregistrements.enCours(AGENT).illisibles()).extracting(BrouillonIllisible::id)
                .doesNotContainAnyElementsOf(ids.keySet());
        assertThat(compter(lisible)).isOne();
    }

    @Test
    void un_brouillon_de_modification_illisible_est_montre_puis_remplace_par_le_contenu_actuel() throws Exception {
        Demande demande = demande();
        String numero = demande.numeroUnique().valeur();
        UUID illisible = ecrire(AGENT, "{\"logementActuel\": {\"loyerMensuel\": 1e2000}}", "{}", numero);

        assertThatThrownBy(() -> modification.commencer(numero, AGENT, "demandeur"))
                .isInstanceOf(BrouillonIllisibleException.class);
        assertThatThrownBy(() -> modification.lire(numero, illisible, AGENT))
                .isInstanceOf(BrouillonIllisibleException.class);
        assertThat(modification.illisible(numero, AGENT)).map(BrouillonIllisible::id).contains(illisible);
        // not a registration draft, nor a draft of another demande
        assertThatThrownBy(() -> enregistrements.lire(illisible, AGENT))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> enregistrements.supprimer(illisible, AGENT))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> modification.lire(demande().numeroUnique().valeur(), illisible, AGENT))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(enregistrements.enCours(AGENT).illisibles()).extracting(BrouillonIllisible::id)
                .doesNotContain(illisible);
        assertThat(compter(illisible)).isOne();

        var nouveau = modification.recommencer(numero, illisible, AGENT, "demandeur");
        assertThat(compter(illisible)).isZero();
        assertThat(nouveau.contenu()).isEqualTo(demande.contenu());
        assertThat(modification.illisible(numero, AGENT)).isEmpty();
        assertThat(modification.commencer(numero, AGENT, "demandeur").id()).isEqualTo(nouveau.id());
    }
}
