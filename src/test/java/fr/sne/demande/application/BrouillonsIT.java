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
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.infrastructure.PurgeBrouillons;
import tools.jackson.databind.json.JsonMapper;

/** Registration drafts: owned by one agent of one guichet, registered once, purged when forgotten. */
@TestIntegration
class BrouillonsIT {

    private static final Acteur AGENT = Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059");

    @Autowired
    GererBrouillons brouillons;

    @Autowired
    PurgeBrouillons purge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    java.time.Clock horloge;

    private ContenuDemande demandeValide() throws Exception {
        String nom = "Brouillon" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        return json.readValue(Files.readString(Path.of("docs/exemples/demande-nord.json"))
                .replace("\"Dupont\"", "\"" + nom + "\""), ContenuDemande.class);
    }

    @Test
    void un_brouillon_enregistre_deux_fois_ne_donne_qu_une_demande() throws Exception {
        Brouillon brouillon = brouillons.creer(AGENT, "demandeur");
        assertThat(brouillons.enregistrerEtape(brouillon.id(), AGENT, demandeValide(), Map.of(), "situation"))
                .isEmpty();

        String premier = brouillons.enregistrer(brouillon.id(), AGENT);
        String second = brouillons.enregistrer(brouillon.id(), AGENT);

        assertThat(second).isEqualTo(premier);
        assertThat(brouillons.lire(brouillon.id(), AGENT).numeroUnique()).isEqualTo(premier);
        assertThat(brouillons.enCours(AGENT).brouillons()).extracting(Brouillon::id).doesNotContain(brouillon.id());
        assertThatThrownBy(() -> brouillons.enregistrerEtape(brouillon.id(), AGENT, demandeValide(), Map.of(),
                "demandeur")).as("un brouillon enregistré ne change plus").isInstanceOf(RessourceIntrouvableException.class);
    }

    @Test
    void le_brouillon_d_un_autre_agent_ou_d_un_autre_guichet_n_existe_pas_pour_lui() {
        Brouillon brouillon = brouillons.creer(AGENT, "demandeur");

        for (Acteur autre : new Acteur[] {Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059"),
            Acteur.agent("agent-g5901", "G5902", "COMMUNE", "059")}) {
            assertThatThrownBy(() -> brouillons.lire(brouillon.id(), autre))
                    .isInstanceOf(RessourceIntrouvableException.class);
            assertThatThrownBy(() -> brouillons.supprimer(brouillon.id(), autre))
                    .isInstanceOf(RessourceIntrouvableException.class);
        }
        assertThatThrownBy(() -> brouillons.creer(Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
                "demandeur")).isInstanceOf(AccesRefuseException.class);
        brouillons.supprimer(brouillon.id(), AGENT);
        assertThatThrownBy(() -> brouillons.lire(brouillon.id(), AGENT))
                .isInstanceOf(RessourceIntrouvableException.class);
    }

    @Test
    void la_purge_supprime_les_brouillons_oublies_et_garde_les_recents() {
        Brouillon ancien = brouillons.creer(AGENT, "demandeur");
        Brouillon recent = brouillons.creer(AGENT, "demandeur");
        jdbc.sql("update brouillon_demande set modifie_le = ? where id = ?")
                .params(java.sql.Timestamp.from(horloge.instant().minus(java.time.Duration.ofDays(31))), ancien.id())
                .update();

        assertThat(purge.purger()).isGreaterThanOrEqualTo(1);

        assertThat(compter(ancien.id())).isZero();
        assertThat(compter(recent.id())).isOne();
    }

    private long compter(UUID id) {
        return jdbc.sql("select count(*) from brouillon_demande where id = ?").param(id).query(Long.class).single();
    }
}
