package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;
import tools.jackson.databind.JsonNode;

/**
 * The attribution chain through the API, as a bailleur's software walks it: a dwelling, its candidates, a commission
 * with its decisions, the applicant's refusal and acceptance, the lease with its radiation a and its anonymous fact;
 * then each bad input refused with its code, nothing written. Each test uses a commune of its own, so that the
 * candidates it finds are its own demandes.
 */
class ChaineAttributionIT extends ApiIT {

    @Autowired
    private Clock horloge;

    @Autowired
    private List<EffacementDemandes> effacements;

    /** An applicant alone wishing a T3 in this commune only, with this revenu fiscal of last year. */
    private String enregistrer(String commune, int revenuN1) {
        DemandeExemple exemple = DemandeExemple.nord();
        exemple.logementRecherche().put("communesSouhaitees", new ArrayList<>(List.of(commune)));
        exemple.logementRecherche().put("typesLogement", new ArrayList<>(List.of("T3")));
        @SuppressWarnings("unchecked")
        Map<String, Object> revenu = (Map<String, Object>) exemple.demandeur().get("revenuFiscal");
        revenu.put("montantN1", revenuN1);
        Reponse r = api.post("G5901", "/v1.0/demandes", exemple.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private long declarer(String guichet, String commune, String financement, Long reservataire) {
        Map<String, Object> logement = new LinkedHashMap<>();
        logement.put("identifiantRpls", "RPLS" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        logement.put("adresse", "5 rue des Dunes");
        logement.put("codeCommune", commune);
        logement.put("typologie", "T3");
        logement.put("surface", 64.5);
        logement.put("loyer", 412.30);
        logement.put("financement", financement);
        logement.put("qpv", false);
        logement.put("adapteHandicap", false);
        if (reservataire != null) {
            logement.put("reservataire", reservataire);
        }
        Reponse r = api.post(guichet, "/v1.0/logements", logement, null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Reponse commission(String guichet, long logement, List<String> candidats, String exception) {
        Map<String, Object> inscrit = new LinkedHashMap<>();
        inscrit.put("logement", logement);
        inscrit.put("candidats", candidats);
        if (exception != null) {
            inscrit.put("exception", exception);
        }
        return api.post(guichet, "/v1.0/commissions", Map.of("dateCommission", LocalDate.now(horloge).toString(),
                "logements", List.of(inscrit)), null);
    }

    private Reponse decider(String guichet, long commission, Map<String, Object> decision) {
        return api.post(guichet, "/v1.0/commissions/" + commission + "/decisions", decision, null);
    }

    private List<String> codesEvt(String numero) {
        return jdbc.sql("select contenu ->> 'code' from mouvement where numero_unique = ? and type = 'EVT' order by id")
                .param(numero).query(String.class).list();
    }

    private int mouvements(String numero) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero)
                .query(Integer.class).single();
    }

    private static String code(Reponse r) {
        return r.json().get("code").asString();
    }

    @Test
    void du_logement_au_bail_le_refus_du_premier_classe_fait_passer_au_second_qui_signe_et_la_demande_est_radiee_a() {
        String commune = "59183";
        long logement = declarer("G5901", commune, "PLUS", 3L);
        String premier = enregistrer(commune, 14_500);
        String second = enregistrer(commune, 15_000);
        String troisieme = enregistrer(commune, 12_000);
        String auDessus = enregistrer(commune, 30_000);

        JsonNode candidats = api.get("G5901", "/v1.0/logements/" + logement + "/candidats").json().get("candidats");
        List<String> proposes = new ArrayList<>();
        candidats.forEach(c -> proposes.add(c.get("numeroUnique").asString()));
        assertThat(proposes).as("under the PLUS ceiling, oldest first; 30,000 € is above 23,403 €")
                .containsExactly(premier, second, troisieme);
        assertThat(candidats.get(0).get("plafond").asInt()).isEqualTo(23_403);
        assertThat(candidats.get(0).get("categorieMenage").asInt()).isEqualTo(1);

        Reponse seance = commission("G5901", logement, List.of(premier, second, troisieme), null);
        assertThat(seance.statut()).as(seance.texte()).isEqualTo(201);
        long id = seance.json().get("id").asLong();

        Reponse d1 = decider("G5901", id, Map.of("logement", logement, "numeroUnique", premier,
                "decision", "ATTRIBUTION_RANG", "rang", 1));
        assertThat(d1.statut()).as(d1.texte()).isEqualTo(201);
        assertThat(d1.json().get("decision").asString()).isEqualTo("ATTRIBUTION_RANG");
        assertThat(d1.json().get("auDessusPlafond").asBoolean()).isFalse();
        assertThat(decider("G5901", id, Map.of("logement", logement, "numeroUnique", second,
                "decision", "ATTRIBUTION_RANG", "rang", 2)).statut()).isEqualTo(201);
        assertThat(decider("G5901", id, Map.of("logement", logement, "numeroUnique", troisieme,
                "decision", "NON_ATTRIBUTION", "motif", "Typologie inadaptée à la composition du ménage"))
                .statut()).isEqualTo(201);
        assertThat(codesEvt(premier)).containsExactly("INSCRIPTION_CAL", "DESCAL");
        assertThat(codesEvt(troisieme)).containsExactly("INSCRIPTION_CAL", "DESCAL02");

        Reponse tropTot = api.post("G5901", "/v1.0/demandes/" + second + "/attribution/acceptation",
                Map.of("logement", logement), null);
        assertThat(tropTot.statut()).isEqualTo(409);
        assertThat(code(tropTot)).isEqualTo("ATTRIBUTAIRE_MIEUX_CLASSE");

        Reponse refus = api.post("G5901", "/v1.0/demandes/" + premier + "/attribution/refus",
                Map.of("logement", logement, "motif", "Trop loin de son travail"), null);
        assertThat(refus.statut()).as(refus.texte()).isEqualTo(200);
        assertThat(codesEvt(premier)).containsExactly("INSCRIPTION_CAL", "DESCAL", "REFUS_LOGEMENT");
        Reponse sansAcceptation = api.post("G5901", "/v1.0/demandes/" + second + "/attribution/bail", bail(logement),
                null);
        assertThat(sansAcceptation.statut()).isEqualTo(409);
        assertThat(code(sansAcceptation)).isEqualTo("ACCEPTATION_REQUISE");
        Reponse acceptation = api.post("G5901", "/v1.0/demandes/" + second + "/attribution/acceptation",
                Map.of("logement", logement), null);
        assertThat(acceptation.statut()).as(acceptation.texte()).isEqualTo(200);

        Reponse bail = api.post("G5901", "/v1.0/demandes/" + second + "/attribution/bail", bail(logement), null);
        assertThat(bail.statut()).as(bail.texte()).isEqualTo(201);
        assertThat(bail.json().get("reservataire").asLong()).isEqualTo(3L);
        JsonNode demande = api.get("G5901", "/v1.0/demandes/" + second).json();
        assertThat(demande.get("statut").asString()).isEqualTo("RADIEE");
        assertThat(demande.get("motifRadiation").asString()).isEqualTo("a");
        JsonNode historique = api.get("G5901", "/v1.0/demandes/" + second + "/historique").json();
        JsonNode radiation = historique.at("/mouvements/" + (historique.get("mouvements").size() - 1));
        assertThat(radiation.get("type").asString()).isEqualTo("RAD");
        assertThat(radiation.at("/details/donneesRadiation/qpv").asBoolean()).isFalse();
        assertThat(radiation.at("/details/donneesRadiation/reservataire").asLong()).isEqualTo(3L);

        Map<String, Object> fait = jdbc.sql("select * from attribution_fait where numero_unique = ?").param(second)
                .query().singleRow();
        assertThat(fait.get("source")).isEqualTo("CHAINE");
        assertThat(fait.get("reservataire_id")).isEqualTo(3L);
        assertThat(fait.get("code_commune")).isEqualTo(commune);
        assertThat(fait.get("epci_siren")).isEqualTo("245900428");
        assertThat(fait.get("financement")).isEqualTo("PLUS");
        assertThat(fait.get("bailleur_siren")).isEqualTo("990590010");
        assertThat(fait.get("contingent")).isEqualTo("COLLECTIVITE");
        assertThat(fait.get("qpv")).isEqualTo(false);
        assertThat(fait.get("taille_menage")).isEqualTo(1);

        JsonNode parcours = api.get("G5901", "/v1.0/demandes/" + second + "/attribution").json();
        assertThat(parcours.at("/candidatures/0/reponse").asString()).isEqualTo("ACCEPTEE");
        assertThat(parcours.at("/bail/logement").asLong()).isEqualTo(logement);

        int avant = mouvements(troisieme);
        Reponse secondBail = api.post("G5901", "/v1.0/demandes/" + troisieme + "/attribution/bail", bail(logement),
                null);
        assertThat(secondBail.statut()).isEqualTo(409);
        assertThat(code(secondBail)).isEqualTo("BAIL_DEJA_SIGNE");
        assertThat(mouvements(troisieme)).isEqualTo(avant);
        assertThat(jdbc.sql("select count(*) from bail where logement_id = ?").param(logement).query(Integer.class)
                .single()).isEqualTo(1);

        long demandeId = jdbc.sql("select id from demande where numero_unique = ?").param(second).query(Long.class)
                .single();
        effacements.forEach(e -> e.effacer(new DemandesEffacees(LocalDate.now(horloge),
                List.of(new DemandesEffacees.Effacee(demandeId, second, "059")))));
        assertThat(jdbc.sql("select count(*) from attribution_fait where numero_unique = ?").param(second)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from attribution_fait where id = ? and numero_unique is null")
                .param(fait.get("id")).query(Integer.class).single()).as("the fact stays, anonymous").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from candidature where numero_unique = ?").param(second)
                .query(Integer.class).single()).isZero();
    }

    private static Map<String, Object> bail(long logement) {
        return Map.of("logement", logement, "dateSignature", LocalDate.now().minusDays(1).toString(),
                "accordCollectif", "AUCUN", "prioritaireDalo", false, "contingent", "COLLECTIVITE");
    }

    @Test
    void moins_de_trois_candidats_sans_exception_est_refuse_avec_l_exception_la_seance_est_creee() {
        String commune = "59606";
        long logement = declarer("G5901", commune, "PLUS", null);
        String seul = enregistrer(commune, 10_000);
        long avant = jdbc.sql("select count(*) from commission").query(Long.class).single();

        Reponse refusee = commission("G5901", logement, List.of(seul), null);
        assertThat(refusee.statut()).as(refusee.texte()).isEqualTo(422);
        assertThat(refusee.json().at("/erreurs/0/code").asString()).isEqualTo("CANDIDATS_INSUFFISANTS");
        assertThat(refusee.json().at("/erreurs/0/champ").asString()).isEqualTo("logements[0].candidats");
        Reponse double_ = commission("G5901", logement, List.of(seul, seul, seul), null);
        assertThat(double_.json().at("/erreurs/0/code").asString()).isEqualTo("CANDIDAT_EN_DOUBLE");
        assertThat(jdbc.sql("select count(*) from commission").query(Long.class).single()).isEqualTo(avant);

        Reponse admise = commission("G5901", logement, List.of(seul), "MANQUE_CANDIDATS");
        assertThat(admise.statut()).as(admise.texte()).isEqualTo(201);
        assertThat(admise.json().at("/logements/0/exception").asString()).isEqualTo("MANQUE_CANDIDATS");
    }

    @Test
    void chaque_decision_mal_venue_est_refusee_avec_son_code_et_rien_n_est_ecrit() {
        String commune = "59178";
        long logement = declarer("G5901", commune, "PLUS", null);
        String a = enregistrer(commune, 10_000);
        String b = enregistrer(commune, 11_000);
        String c = enregistrer(commune, 12_000);
        String horsSeance = enregistrer(commune, 13_000);
        long id = commission("G5901", logement, List.of(a, b, c), null).json().get("id").asLong();
        Map<String, Object> attribution = Map.of("logement", logement, "numeroUnique", a, "decision", "ATTRIBUTION");
        int mouvementsA = mouvements(a);

        Reponse horsCommission = decider("G5901", id, Map.of("logement", logement, "numeroUnique", horsSeance,
                "decision", "ATTRIBUTION"));
        assertThat(horsCommission.statut()).isEqualTo(409);
        assertThat(code(horsCommission)).isEqualTo("CANDIDAT_HORS_COMMISSION");

        Reponse autreBailleur = decider("G6201", id, attribution);
        assertThat(autreBailleur.statut()).isEqualTo(403);
        assertThat(code(autreBailleur)).isEqualTo("LOGEMENT_D_UN_AUTRE_BAILLEUR");
        Reponse sansBailleur = decider("G5902", id, attribution);
        assertThat(sansBailleur.statut()).isEqualTo(403);
        assertThat(code(sansBailleur)).isEqualTo("GUICHET_SANS_BAILLEUR");

        Reponse seanceInconnue = decider("G5901", 999_999_999L, attribution);
        assertThat(seanceInconnue.statut()).isEqualTo(404);
        assertThat(code(seanceInconnue)).isEqualTo("COMMISSION_INTROUVABLE");
        Reponse logementInconnu = decider("G5901", id, Map.of("logement", 999_999_999L, "numeroUnique", a,
                "decision", "ATTRIBUTION"));
        assertThat(logementInconnu.statut()).isEqualTo(404);
        assertThat(code(logementInconnu)).isEqualTo("LOGEMENT_INTROUVABLE");
        assertThat(code(api.get("G5901", "/v1.0/logements/999999999"))).isEqualTo("LOGEMENT_INTROUVABLE");

        Reponse sansRang = decider("G5901", id, Map.of("logement", logement, "numeroUnique", a,
                "decision", "ATTRIBUTION_RANG"));
        assertThat(sansRang.statut()).isEqualTo(422);
        assertThat(sansRang.json().at("/erreurs/0/champ").asString()).isEqualTo("rang");
        assertThat(mouvements(a)).isEqualTo(mouvementsA);
        assertThat(jdbc.sql("select count(*) from candidature where commission_id = ? and decision is not null")
                .param(id).query(Integer.class).single()).isZero();

        assertThat(api.post("G5902", "/v1.0/demandes/" + b + "/radiation", Map.of("motif", "b"), null).statut())
                .isEqualTo(200);
        int mouvementsB = mouvements(b);
        Reponse radiee = decider("G5901", id, Map.of("logement", logement, "numeroUnique", b,
                "decision", "ATTRIBUTION"));
        assertThat(radiee.statut()).isEqualTo(409);
        assertThat(code(radiee)).isEqualTo("DEMANDE_NON_ACTIVE");
        assertThat(mouvements(b)).isEqualTo(mouvementsB);

        assertThat(decider("G5901", id, attribution).statut()).isEqualTo(201);
        Reponse deuxFois = decider("G5901", id, attribution);
        assertThat(deuxFois.statut()).isEqualTo(409);
        assertThat(code(deuxFois)).isEqualTo("DECISION_DEJA_RENDUE");
        assertThat(codesEvt(a)).containsExactly("INSCRIPTION_CAL", "DESCAL");
    }

    @Test
    void la_non_recevabilite_enregistre_l_avertissement_avant_radiation_d_et_la_condition_suspensive_descal01() {
        String commune = "59122";
        long logement = declarer("G5901", commune, "PLUS", null);
        String a = enregistrer(commune, 10_000);
        String b = enregistrer(commune, 11_000);
        String c = enregistrer(commune, 12_000);
        long id = commission("G5901", logement, List.of(a, b, c), null).json().get("id").asLong();

        Reponse irrecevable = decider("G5901", id, Map.of("logement", logement, "numeroUnique", a,
                "decision", "IRRECEVABILITE", "sousMotif", "SEJOUR_IRREGULIER", "canalAvertissement", "LRAR"));
        assertThat(irrecevable.statut()).as(irrecevable.texte()).isEqualTo(201);
        assertThat(codesEvt(a)).containsExactly("INSCRIPTION_CAL", "DESCAL02");
        JsonNode avertissements = api.get("G5901", "/v1.0/demandes/" + a).json();
        assertThat(avertissements.get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'MOD'").param(a)
                .query(Integer.class).single()).as("the warning's movement").isEqualTo(1);

        Reponse condition = decider("G5901", id, Map.of("logement", logement, "numeroUnique", b,
                "decision", "ATTRIBUTION_CONDITION", "pieceManquante", "Avis d'imposition",
                "echeance", LocalDate.now(horloge).plusDays(10).toString()));
        assertThat(condition.statut()).as(condition.texte()).isEqualTo(201);
        assertThat(codesEvt(b)).containsExactly("INSCRIPTION_CAL", "DESCAL01");
    }

    @Test
    void une_radiation_a_par_le_logiciel_du_bailleur_ecrit_le_meme_fait_et_sans_qpv_est_refusee() {
        String commune = "59392";
        String numero = enregistrer(commune, 10_000);
        Map<String, Object> attribution = new LinkedHashMap<>(Map.of("identifiantRpls", "RPLSHORS1",
                "accordCollectif", "ACI", "prioritaireDalo", true, "contingent", "ETAT_PRIORITAIRES"));
        Reponse sansQpv = api.post("G5901", "/v1.0/demandes/" + numero + "/radiation",
                Map.of("motif", "a", "attribution", attribution), null);
        assertThat(sansQpv.statut()).isEqualTo(422);
        assertThat(sansQpv.json().at("/erreurs/0/champ").asString()).isEqualTo("attribution.qpv");

        attribution.put("qpv", true);
        // a réservataire absent from the list: refused, nothing written
        for (int inconnu : new int[] {999_999}) {
            attribution.put("reservataire", inconnu);
            Reponse refusee = api.post("G5901", "/v1.0/demandes/" + numero + "/radiation",
                    Map.of("motif", "a", "attribution", attribution), null);
            assertThat(refusee.statut()).as(refusee.texte()).isEqualTo(422);
            assertThat(refusee.json().at("/erreurs/0/code").asString()).isEqualTo("RESERVATAIRE_INTROUVABLE");
            assertThat(jdbc.sql("select statut from demande where numero_unique = ?").param(numero)
                    .query(String.class).single()).isEqualTo("ACTIVE");
            assertThat(jdbc.sql("select count(*) from attribution_fait where numero_unique = ?").param(numero)
                    .query(Long.class).single()).isZero();
        }
        attribution.put("reservataire", 3);
        Map<String, Object> logementInconnu = new LinkedHashMap<>(Map.of("identifiantRpls", "RPLSRESINC",
                "adresse", "1 rue Inconnue", "codeCommune", commune, "typologie", "T2", "surface", 45, "loyer", 380,
                "financement", "PLUS", "qpv", false, "adapteHandicap", false));
        logementInconnu.put("reservataire", 999_999);
        Reponse logementRefuse = api.post("G5901", "/v1.0/logements", logementInconnu, null);
        assertThat(logementRefuse.statut()).as(logementRefuse.texte()).isEqualTo(422);
        assertThat(logementRefuse.json().at("/erreurs/0/code").asString()).isEqualTo("RESERVATAIRE_INTROUVABLE");
        Reponse radiee = api.post("G5901", "/v1.0/demandes/" + numero + "/radiation",
                Map.of("motif", "a", "attribution", attribution), null);
        assertThat(radiee.statut()).as(radiee.texte()).isEqualTo(200);
        Map<String, Object> fait = jdbc.sql("select * from attribution_fait where numero_unique = ?").param(numero)
                .query().singleRow();
        assertThat(fait.get("source")).isEqualTo("RADIATION");
        assertThat(fait.get("qpv")).isEqualTo(true);
        assertThat(fait.get("reservataire_id")).isEqualTo(3L);
        assertThat(fait.get("prioritaire_dalo")).isEqualTo(true);
        assertThat(fait.get("identifiant_rpls")).isEqualTo("RPLSHORS1");
        assertThat(fait.get("bailleur_siren")).isEqualTo("990590010");
        // no dwelling declared: the demande's first commune souhaitée places the lease in its EPCI (mixité)
        assertThat(fait.get("code_commune")).isEqualTo(commune);
        assertThat(fait.get("epci_siren")).isNotNull();
    }

    @Test
    void un_candidat_designe_au_dessus_du_plafond_est_propose_signale_et_son_attribution_porte_la_raison() {
        String commune = "59328";
        long logement = declarer("G5901", commune, "PLAI", 1L);
        String designe = enregistrer(commune, 14_500);
        assertThat(api.get("G5901", "/v1.0/logements/" + logement + "/candidats").json().get("candidats").size())
                .as("14,500 € is above the PLAI ceiling of 11,626 €").isZero();

        Reponse ville = api.post("G5902", "/v1.0/logements/" + logement + "/designations",
                Map.of("numeroUnique", designe), null);
        assertThat(ville.statut()).as(ville.texte()).isEqualTo(403);
        assertThat(ville.json().get("code").asString()).isEqualTo("DESIGNATION_NON_AUTORISEE");
        Reponse autreReservataire = api.post("G59AL", "/v1.0/logements/" + logement + "/designations",
                Map.of("numeroUnique", designe), null);
        assertThat(autreReservataire.statut()).as("G59AL acts for réservataire 4, the dwelling is réservataire 1's")
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from designation where logement_id = ?").param(logement)
                .query(Long.class).single()).isZero();
        // réservataire 1 (the préfet) has no guichet in the registry: the dwelling's bailleur designates for it
        Reponse designation = api.post("G5901", "/v1.0/logements/" + logement + "/designations",
                Map.of("numeroUnique", designe), null);
        assertThat(designation.statut()).as(designation.texte()).isEqualTo(204);
        JsonNode candidat = api.get("G5901", "/v1.0/logements/" + logement + "/candidats").json().at("/candidats/0");
        assertThat(candidat.get("numeroUnique").asString()).isEqualTo(designe);
        assertThat(candidat.get("designe").asBoolean()).isTrue();
        assertThat(candidat.get("auDessusPlafond").asBoolean()).isTrue();
        assertThat(jdbc.sql("select reservataire_id from designation where logement_id = ?").param(logement)
                .query(Long.class).single()).isEqualTo(1L);

        long id = commission("G5901", logement, List.of(designe), "DESIGNATION_DALO").json().get("id").asLong();
        Reponse attribution = decider("G5901", id, Map.of("logement", logement, "numeroUnique", designe,
                "decision", "ATTRIBUTION"));
        assertThat(attribution.statut()).as(attribution.texte()).isEqualTo(201);
        assertThat(attribution.json().get("auDessusPlafond").asBoolean()).isTrue();
        assertThat(attribution.json().get("motifPlafond").asString()).contains("PLAI").contains("11626");
    }

    @Test
    void seuls_les_guichets_du_reservataire_designent_pour_un_logement_qui_lui_est_reserve() {
        String commune = "59350";
        long logement = declarer("G5901", commune, "PLUS", 4L);
        String designe = enregistrer(commune, 12_000);
        Reponse bailleur = api.post("G5901", "/v1.0/logements/" + logement + "/designations",
                Map.of("numeroUnique", designe), null);
        assertThat(bailleur.statut()).as("réservataire 4 has its own guichet, G59AL: its bailleur does not designate")
                .isEqualTo(403);
        assertThat(bailleur.json().get("code").asString()).isEqualTo("DESIGNATION_NON_AUTORISEE");
        Reponse reservataire = api.post("G59AL", "/v1.0/logements/" + logement + "/designations",
                Map.of("numeroUnique", designe), null);
        assertThat(reservataire.statut()).as(reservataire.texte()).isEqualTo(204);
        assertThat(jdbc.sql("select reservataire_id from designation where logement_id = ?").param(logement)
                .query(Long.class).single()).isEqualTo(4L);
    }
}
