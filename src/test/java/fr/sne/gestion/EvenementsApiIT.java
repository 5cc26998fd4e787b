package fr.sne.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.infrastructure.JournalDemandesEnLots;
import fr.sne.gestion.application.ReglerVisibiliteDemandeur;
import tools.jackson.databind.JsonNode;

/**
 * The events of the gestion partagée through the API: the catalogue, an event entered as one EVT movement on the
 * demande's unchanged version, the lifecycle's events derived from its movements, what the applicant sees per
 * territory, the priorities derived from the events, and every refusal with its code and nothing written.
 */
class EvenementsApiIT extends ApiIT {

    /** A State service of the Nord, the only kind of guichet that enters a DALO decision. */
    static final String ETAT_NORD = "G5909";

    @Autowired
    private Clock horloge;

    @Autowired
    private PrioritesDemande priorites;

    @Autowired
    private ReglerVisibiliteDemandeur visibilite;

    @Autowired
    private JournalDemandesEnLots lots;

    @Autowired
    private TransactionTemplate transaction;

    private LocalDate aujourdhui;

    @BeforeEach
    void guichetDeLEtatDuNord() {
        aujourdhui = LocalDate.now(horloge);
        jdbc.sql("""
                insert into guichet (code, nom, type, territoire, actif)
                values (?, 'DDETS du Nord (essai)', 'ETAT', '059', true) on conflict (code) do nothing""")
                .param(ETAT_NORD).update();
        jdbc.sql("""
                insert into client_api (client_id, secret_hash, guichet_code, actif) values (?, ?, ?, true)
                on conflict (client_id) do nothing""")
                .params("demo-g5909", new BCryptPasswordEncoder(4).encode("demo-g5909-secret"), ETAT_NORD).update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('demo-g5909', 'demandes', 'essai') on conflict do nothing""").update();
    }

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private Reponse evenement(String guichet, String numero, Map<String, Object> corps) {
        return api.post(guichet, "/v1.0/demandes/" + numero + "/evenements", corps, null);
    }

    private static Map<String, Object> corps(String code, LocalDate date, Object... donnees) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("code", code);
        corps.put("date", date.toString());
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < donnees.length; i += 2) {
            d.put((String) donnees[i], donnees[i + 1]);
        }
        if (!d.isEmpty()) {
            corps.put("donnees", d);
        }
        return corps;
    }

    private List<String> mouvements(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    private static List<String> codes(JsonNode liste) {
        List<String> codes = new ArrayList<>();
        liste.get("evenements").forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }

    @Test
    void le_catalogue_publie_les_evenements_du_demandeur_ceux_du_r441_2_15_et_les_trois_decisions_de_cal() {
        Reponse r = api.get("G5901", "/v1.0/evenements/catalogue");

        assertThat(r.statut()).isEqualTo(200);
        Map<String, JsonNode> parCode = new LinkedHashMap<>();
        r.json().get("evenements").forEach(e -> parCode.put(e.get("code").asString(), e));
        List<String> vusDuDemandeur = parCode.values().stream().filter(e -> e.get("visibleDemandeur").asBoolean())
                .map(e -> e.get("libelle").asString()).toList();
        // the applicant's 12 events of the portal: the negative CAL decision names two of them (by its nature)
        assertThat(vusDuDemandeur).containsExactlyInAnyOrder("Création de la demande", "Validation de la demande",
                "Attribution proposée", "Attribution sous réserve de conditions suspensives",
                "Refus d'attribution ou non-recevabilité", "Demande d'informations ou de pièces",
                "Inscription à l'ordre du jour d'une CAL", "Radiation de la demande", "Réactivation de la demande",
                "Refus du logement par le demandeur", "Visites proposées");
        assertThat(parCode).containsKeys("DECISION_DALO", "AVIS_PDALHPD", "AVIS_PPGD", "AVIS_CCIA",
                "AVIS_ACCORD_COLLECTIF", "PRIORITE_RECONNUE", "CONTINGENT_ELIGIBLE", "DESIGNATION", "BAIL_SIGNE");
        for (String descal : List.of("DESCAL", "DESCAL01", "DESCAL02")) {
            assertThat(parCode.get(descal).get("origine").asString()).isEqualTo("DECISION_CAL");
            assertThat(parCode.get(descal).get("saisissable").asBoolean()).isFalse();
        }
        assertThat(parCode.get("DESCAL02").get("donneesRequises").toString()).contains("nature");
        assertThat(parCode.get("DECISION_DALO").get("typesGuichet").toString()).isEqualTo("[\"ETAT\"]");
        assertThat(parCode.get("DECISION_DALO").get("donneesRequises").toString()).contains("dateDecision");
        assertThat(parCode.get("DESIGNATION").get("typesGuichet").toString()).contains("RESERVATAIRE",
                "ACTION_LOGEMENT");
        assertThat(r.json().get("publicsPrioritaires").size()).isEqualTo(14);
        // every code the code names is in the catalogue (the lifecycle's ones derived, never entered)
        for (fr.sne.gestion.domaine.CodeEvenement code : fr.sne.gestion.domaine.CodeEvenement.values()) {
            assertThat(parCode).containsKey(code.name());
        }
        assertThat(parCode.values().stream().filter(e -> e.get("origine").asString().equals("CYCLE_DE_VIE"))
                .map(e -> e.get("code").asString()).toList()).containsExactly("CREATION", "VALIDATION",
                        "RENOUVELLEMENT", "AVERTISSEMENT", "RADIATION", "REACTIVATION");
    }

    @Test
    void un_evenement_saisi_est_un_seul_mouvement_evt_sur_la_version_inchangee_de_la_demande() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String etag = api.get("G5901", "/v1.0/demandes/" + numero).entete("ETag");
        int version = jdbc.sql("select version from demande where numero_unique = ?").param(numero)
                .query(Integer.class).single();

        Reponse r = evenement("G5901", numero, corps("VISITES_PROPOSEES", aujourdhui.minusDays(1),
                "identifiantRpls", "RPLS0001"));

        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        assertThat(r.entete("Location")).endsWith("/v1.0/demandes/" + numero + "/evenements");
        assertThat(r.json().get("code").asString()).isEqualTo("VISITES_PROPOSEES");
        assertThat(r.json().get("versionDemande").asInt()).isEqualTo(version);
        assertThat(r.json().get("guichet").get("nom").asString()).isEqualTo("Habitat du Nord (démo)");
        assertThat(mouvements(numero)).containsExactly("CRE", "EVT");
        assertThat(jdbc.sql("""
                select version_demande || ' ' || (contenu ->> 'code') || ' ' || (contenu -> 'donnees' ->> 'identifiantRpls')
                  from mouvement where numero_unique = ? and type = 'EVT'""").param(numero).query(String.class)
                .single()).isEqualTo(version + " VISITES_PROPOSEES RPLS0001");
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).entete("ETag")).isEqualTo(etag);

        // creation and validation come from the CRE movement itself, never a second row
        JsonNode liste = api.get("G5902", "/v1.0/demandes/" + numero + "/evenements").json();
        assertThat(codes(liste)).containsExactly("CREATION", "VALIDATION", "VISITES_PROPOSEES");
        assertThat(liste.at("/evenements/0/typeMouvement").asString()).isEqualTo("CRE");
        assertThat(liste.at("/evenements/0/mouvement").asLong()).isEqualTo(liste.at("/evenements/1/mouvement").asLong());
        assertThat(liste.at("/evenements/2/origine").asString()).isEqualTo("SAISIE");
    }

    @Test
    void la_radiation_est_un_evenement_derive_et_une_demande_radiee_recoit_encore_des_evenements() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        assertThat(api.post("G5902", "/v1.0/demandes/" + numero + "/radiation", Map.of("motif", "b"), null).statut())
                .isEqualTo(200);

        Reponse r = evenement("G5901", numero, corps("BAIL_SIGNE", aujourdhui));

        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        JsonNode liste = api.get("G5901", "/v1.0/demandes/" + numero + "/evenements").json();
        assertThat(codes(liste)).containsExactly("CREATION", "VALIDATION", "RADIATION", "BAIL_SIGNE");
        assertThat(liste.at("/evenements/2/donnees/motifRadiation").asString()).isEqualTo("b");
        assertThat(mouvements(numero)).containsExactly("CRE", "RAD", "EVT");
    }

    @Test
    void le_demandeur_voit_nom_date_et_guichet_de_ses_evenements_visibles_la_ou_son_territoire_l_a_ouvert() {
        String nord = enregistrer("G5901", DemandeExemple.nord());
        assertThat(evenement(ETAT_NORD, nord, corps("DECISION_DALO", aujourdhui, "dateDecision",
                aujourdhui.minusDays(10).toString())).statut()).isEqualTo(201);
        assertThat(evenement("G5901", nord, corps("DEMANDE_PIECES", aujourdhui)).statut()).isEqualTo(201);

        JsonNode vue = api.get("G5902", "/v1.0/demandes/" + nord + "/evenements?vue=demandeur").json();

        assertThat(vue.get("vue").asString()).isEqualTo("demandeur");
        assertThat(vue.get("visibiliteDemandeurActivee").asBoolean()).isTrue();
        List<String> libelles = new ArrayList<>();
        vue.get("evenements").forEach(e -> libelles.add(e.get("libelle").asString()));
        assertThat(libelles).as("the DALO decision is not the applicant's to see").containsExactly(
                "Création de la demande", "Validation de la demande", "Demande d'informations ou de pièces");
        JsonNode pieces = vue.at("/evenements/2");
        assertThat(pieces.propertyNames()).containsExactlyInAnyOrder("libelle", "date", "guichet");
        assertThat(pieces.get("guichet").get("code").asString()).isEqualTo("G5901");
        assertThat(pieces.get("date").asString()).isEqualTo(aujourdhui.toString());

        // the Pas-de-Calais has not switched the applicant's view on: nothing
        String pasDeCalais = enregistrer("G6201", DemandeExemple.pasDeCalais());
        JsonNode fermee = api.get("G6201", "/v1.0/demandes/" + pasDeCalais + "/evenements?vue=demandeur").json();
        assertThat(fermee.get("visibiliteDemandeurActivee").asBoolean()).isFalse();
        assertThat(fermee.get("evenements").size()).isZero();
        assertThat(api.get("G6201", "/v1.0/demandes/" + pasDeCalais + "/evenements").json().get("evenements").size())
                .as("professionals see them all").isEqualTo(2);

        Reponse inconnue = api.get("G6201", "/v1.0/demandes/" + pasDeCalais + "/evenements?vue=bailleur");
        assertThat(inconnue.statut()).isEqualTo(422);
        assertThat(inconnue.json().at("/erreurs/0/code").asString()).isEqualTo("VUE_INCONNUE");
    }

    @Test
    void les_priorites_de_la_demande_viennent_de_ses_evenements_dalo_d_abord_et_en_lot() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String sans = enregistrer("G5901", DemandeExemple.nord());
        assertThat(evenement("G5901", numero, corps("PRIORITE_RECONNUE", aujourdhui.minusDays(2), "public",
                "VIOLENCES_CONJUGALES")).statut()).isEqualTo(201);
        Reponse dalo = evenement(ETAT_NORD, numero, corps("DECISION_DALO", aujourdhui, "dateDecision",
                aujourdhui.minusDays(20).toString()));
        assertThat(dalo.statut()).as(dalo.texte()).isEqualTo(201);

        List<Priorite> reconnues = priorites.priorites(numero);

        assertThat(reconnues).extracting(Priorite::code).containsExactly("DALO", "VIOLENCES_CONJUGALES");
        assertThat(reconnues.get(0).date()).isEqualTo(aujourdhui.minusDays(20));
        assertThat(reconnues.get(0).guichet()).isEqualTo(ETAT_NORD);
        Map<String, List<Priorite>> enLot = priorites.priorites(List.of(sans, numero));
        assertThat(enLot.get(sans)).isEmpty();
        assertThat(enLot.get(numero)).extracting(Priorite::nature).containsExactly(Priorite.Nature.DALO,
                Priorite.Nature.PUBLIC_PRIORITAIRE);
    }

    @Test
    void chaque_saisie_refusee_a_son_code_et_rien_n_est_ecrit() {
        String numero = enregistrer("G5901", DemandeExemple.nord());

        Reponse inconnu = evenement("G5901", numero, corps("INVENTE", aujourdhui));
        assertThat(inconnu.statut()).isEqualTo(422);
        assertThat(inconnu.json().at("/erreurs/0/champ").asString()).isEqualTo("code");
        assertThat(inconnu.json().at("/erreurs/0/code").asString()).isEqualTo("EVENEMENT_INCONNU");

        for (String descal : List.of("DESCAL", "DESCAL01", "DESCAL02")) {
            Reponse cal = evenement("G5901", numero, corps(descal, aujourdhui));
            assertThat(cal.statut()).as(descal).isEqualTo(422);
            assertThat(cal.json().at("/erreurs/0/code").asString()).isEqualTo("EVENEMENT_RESERVE_DECISION_CAL");
            assertThat(cal.json().at("/erreurs/0/message").asString()).contains(descal, "décision");
        }

        Reponse cycle = evenement("G5901", numero, corps("RADIATION", aujourdhui));
        assertThat(cycle.statut()).isEqualTo(422);
        assertThat(cycle.json().at("/erreurs/0/code").asString()).isEqualTo("EVENEMENT_DU_CYCLE_DE_VIE");

        Reponse bailleur = evenement("G5901", numero, corps("DECISION_DALO", aujourdhui, "dateDecision",
                aujourdhui.toString()));
        assertThat(bailleur.statut()).isEqualTo(403);
        assertThat(bailleur.json().get("code").asString()).isEqualTo("EVENEMENT_NON_AUTORISE_GUICHET");

        Reponse sansDonnee = evenement(ETAT_NORD, numero, corps("DECISION_DALO", aujourdhui));
        assertThat(sansDonnee.statut()).isEqualTo(422);
        assertThat(sansDonnee.json().at("/erreurs/0/champ").asString()).isEqualTo("donnees.dateDecision");
        assertThat(sansDonnee.json().at("/erreurs/0/code").asString()).isEqualTo("OBLIGATOIRE");

        Reponse future = evenement("G5901", numero, corps("DEMANDE_PIECES", aujourdhui.plusDays(1)));
        assertThat(future.statut()).isEqualTo(422);
        assertThat(future.json().at("/erreurs/0/champ").asString()).isEqualTo("date");
        assertThat(future.json().at("/erreurs/0/code").asString()).isEqualTo("DATE_FUTURE");

        Reponse champInconnu = evenement("G5901", numero, Map.of("code", "DEMANDE_PIECES", "date",
                aujourdhui.toString(), "priorite", true));
        assertThat(champInconnu.statut()).isEqualTo(400);
        assertThat(champInconnu.json().at("/erreurs/0/code").asString()).isEqualTo("CHAMP_INCONNU");

        Reponse horsTerritoire = evenement("G6201", numero, corps("DEMANDE_PIECES", aujourdhui));
        assertThat(horsTerritoire.statut()).isEqualTo(404);
        assertThat(horsTerritoire.json().get("code").asString()).isEqualTo("INTROUVABLE");

        assertThat(mouvements(numero)).containsExactly("CRE");
    }

    @Test
    void une_demande_effacee_ne_recoit_plus_d_evenement() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        assertThat(api.post("G5902", "/v1.0/demandes/" + numero + "/radiation", Map.of("motif", "b"), null).statut())
                .isEqualTo(200);
        transaction.executeWithoutResult(t -> lots.effacer(Acteur.traitement("essai-evenements"),
                new JournalDemandesEnLots.Selection("select id from demande where numero_unique = :numeroEssai",
                        Map.of("numeroEssai", numero)), aujourdhui, horloge.instant()));

        Reponse r = evenement("G5901", numero, corps("DEMANDE_PIECES", aujourdhui));

        assertThat(r.statut()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("DONNEES_EFFACEES");
        assertThat(mouvements(numero)).containsExactly("CRE", "RAD", "SUP");
        // what is left: the events its erased movements still say
        assertThat(codes(api.get("G5901", "/v1.0/demandes/" + numero + "/evenements").json()))
                .containsExactly("CREATION", "VALIDATION", "RADIATION");
    }

    @Test
    void seul_le_gestionnaire_du_territoire_regle_ce_que_voient_ses_demandeurs() {
        Acteur gestionnaire = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
        assertThat(visibilite.lister(gestionnaire)).singleElement().satisfies(r -> {
            assertThat(r.territoire()).isEqualTo("059");
            assertThat(r.visibleDemandeur()).isTrue();
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> visibilite.executer(gestionnaire, "062", true))
                .isInstanceOfSatisfying(AccesRefuseException.class,
                        e -> assertThat(e.code()).isEqualTo("VISIBILITE_HORS_TERRITOIRE"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> visibilite.executer(
                Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059"), "059", false))
                .isInstanceOf(AccesRefuseException.class);
        assertThat(jdbc.sql("select visible_demandeur from evenement_visibilite_territoire where territoire = '062'")
                .query(Boolean.class).single()).isFalse();
    }
}
