package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.application.ReactiverDemande;

/**
 * Issue 18 §3 with the portal's real sign-ins: a demande radiated for non-renewal whose applicant signed in to the
 * portal during its renewal period is reactivated by the gestionnaire territorial (the portal supplies the fact,
 * {@code fr.sne.demande.ConnexionsDemandeurs}); without that sign-in, or a year after the radiation, or out of his
 * territory, it is refused and nothing written.
 */
class ReactivationApresConnexionIT extends ApiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Acteur GESTIONNAIRE = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");

    @Autowired
    private ReactiverDemande reactiver;

    @Autowired
    private Clock horloge;

    private LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    /** A demande radiated by the nightly pass the day after its end of validity. */
    private String radieePourNonRenouvellement(LocalDate fin) {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();
        jdbc.sql("""
                update demande set date_depot = ?, date_fin_validite = ?, statut = 'RADIEE', motif_radiation = 'e',
                                   date_radiation = ? where numero_unique = ?""")
                .params(fin.minusYears(1), fin, fin.plusDays(1), numero).update();
        return numero;
    }

    /** An applicant's account attached to the demande, signed in on this day (noon, Paris). */
    private void connecte(String numero, LocalDate le) {
        UUID compte = UUID.randomUUID();
        java.sql.Timestamp midi = java.sql.Timestamp.from(le.atTime(12, 0).atZone(PARIS).toInstant());
        jdbc.sql("""
                insert into compte_demandeur (id, sujet, cree_le, derniere_connexion) values (?, ?, ?, ?)""")
                .params(compte, "essai-" + compte, midi, midi).update();
        jdbc.sql("insert into rattachement_demandeur (compte, numero_unique, depuis, mode) values (?, ?, ?, 'CODE')")
                .params(compte, numero, midi).update();
        jdbc.sql("insert into connexion_demandeur (compte, le) values (?, ?)").params(compte, midi).update();
    }

    private List<String> mouvements(String numero) {
        return jdbc.sql("select type || ' ' || coalesce(guichet, '-') from mouvement where numero_unique = ? order by id")
                .param(numero).query(String.class).list();
    }

    @Test
    void le_gestionnaire_reactive_quand_le_demandeur_s_est_connecte_pendant_la_periode_de_renouvellement() {
        LocalDate fin = aujourdhui().minusMonths(2);
        String numero = radieePourNonRenouvellement(fin);
        // a sign-in before the period, and none during it: refused, nothing written
        connecte(numero, fin.minusMonths(4));
        assertThatThrownBy(() -> reactiver.executer(numero, null, GESTIONNAIRE))
                .isInstanceOfSatisfying(ConflitException.class,
                        e -> assertThat(e.code()).isEqualTo("REACTIVATION_SANS_CONNEXION"));
        assertThat(mouvements(numero)).containsExactly("CRE G5901");
        // a gestionnaire of another territory does not see it
        assertThatThrownBy(() -> reactiver.executer(numero, null,
                Acteur.gestionnaireTerritorial("gestionnaire-062", "062")))
                .isInstanceOf(RessourceIntrouvableException.class);

        connecte(numero, fin.minusWeeks(2));
        reactiver.executer(numero, null, GESTIONNAIRE);

        assertThat(jdbc.sql("select statut from demande where numero_unique = ?").param(numero).query(String.class)
                .single()).isEqualTo("ACTIVE");
        assertThat(mouvements(numero)).containsExactly("CRE G5901", "REN -");
        assertThat(jdbc.sql("select cast(contenu as jsonb) -> 'acteur' ->> 'type' from mouvement where numero_unique = ? and type = 'REN'")
                .param(numero).query(String.class).single()).isEqualTo("GESTIONNAIRE_TERRITORIAL");
    }

    @Test
    void un_an_apres_la_radiation_plus_personne_ne_reactive_et_la_connexion_prolonge_le_delai_du_guichet() {
        // radiated a year ago today: "less than a year" is over
        String tropTard = radieePourNonRenouvellement(aujourdhui().minusYears(1).minusDays(1));
        connecte(tropTard, aujourdhui().minusYears(1).minusMonths(1));
        assertThatThrownBy(() -> reactiver.executer(tropTard, null, GESTIONNAIRE))
                .isInstanceOfSatisfying(ConflitException.class,
                        e -> assertThat(e.code()).isEqualTo("REACTIVATION_HORS_DELAI"));

        // nine months after the end of validity: beyond a guichet's six months, within the year the sign-in gives
        LocalDate fin = aujourdhui().minusMonths(9);
        String neufMois = radieePourNonRenouvellement(fin);
        Reponse sansTrace = api.post("G5902", "/v1.0/demandes/" + neufMois + "/reactivation", "", null);
        assertThat(sansTrace.statut()).isEqualTo(409);
        assertThat(sansTrace.json().get("code").asString()).isEqualTo("REACTIVATION_HORS_DELAI");
        connecte(neufMois, fin);
        Reponse avecTrace = api.post("G5902", "/v1.0/demandes/" + neufMois + "/reactivation", "", null);
        assertThat(avecTrace.statut()).as(avecTrace.texte()).isEqualTo(200);
        assertThat(mouvements(neufMois)).containsExactly("CRE G5901", "REN G5902");
    }
}
