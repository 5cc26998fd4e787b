package fr.sne.demande.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.acteur.Acteur;

class EnregistrerDemandeTest {

    /**
     * The actor is checked before anything is read, validated or written: no collaborator (and no content) is
     * needed to refuse it.
     */
    private final EnregistrerDemande enregistrer = new EnregistrerDemande(null, null, null, null, null, null, null,
            null);

    @Test
    void seul_un_acteur_agissant_pour_un_guichet_enregistre_une_demande() {
        for (Acteur acteur : List.of(Acteur.gestionnaireTerritorial("gest-059", "059"),
                Acteur.administrateurNational("admin"), Acteur.traitement("passe-nocturne"))) {
            assertThatThrownBy(() -> enregistrer.executer(null, acteur, "cle-1"))
                    .isInstanceOfSatisfying(AccesRefuseException.class,
                            e -> assertThat(e.code()).isEqualTo("ACTEUR_SANS_GUICHET"));
        }
    }
}
