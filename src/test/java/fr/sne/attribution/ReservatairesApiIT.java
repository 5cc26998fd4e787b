package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi;
import fr.sne.attribution.application.InscrireReservataire;
import fr.sne.attribution.application.ReservataireCommande;
import fr.sne.commun.acteur.Acteur;
import tools.jackson.databind.JsonNode;

/**
 * The réservataires and their flux through the API: the list a guichet reads, the shares a gestionnaire territorial's
 * software sets (and the legal caps, which write nothing), and the flux counted from the attribution facts.
 */
class ReservatairesApiIT extends ApiIT {

    /** The demo administration client of the Nord (README), as {@link ClientApi#jeton} names it. */
    private static final String GESTIONNAIRE_059 = "GT-059";
    private static final String FOYERS_FLAMANDS = "990590036";
    private static final String METROPOLE_LOGIS = "990590028";
    private static final String ARTOIS_LOGIS = "990620015";

    @Autowired
    InscrireReservataire inscrire;

    @Autowired
    Reservataires reservataires;

    private long inscrire(String territoire, String categorie, String nom) {
        return inscrire.executer(Acteur.gestionnaireTerritorial("gestionnaire-test", territoire),
                ReservataireCommande.creation(categorie, nom + " " + UUID.randomUUID(), null, null, null));
    }

    private ClientApi.Reponse fixer(String client, long id, String siren, int annee, Object part) {
        return api.envoyer("PUT", client, "/v1.0/admin/reservataires/" + id + "/parts/" + siren + "/" + annee,
                part instanceof String texte ? texte : Map.of("part", part), Map.of());
    }

    private int parts(long id) {
        return jdbc.sql("select count(*) from part_flux where reservataire_id = ?").param(id).query(Integer.class)
                .single();
    }

    @Test
    void un_guichet_lit_les_reservataires_de_son_territoire_avec_leur_contingent() {
        ClientApi.Reponse liste = api.get("G5901", "/v1.0/reservataires");
        assertThat(liste.statut()).isEqualTo(200);
        JsonNode mel = null;
        for (JsonNode r : liste.json()) {
            assertThat(r.get("territoire").asString()).isEqualTo("059");
            if (r.get("id").asLong() == 3) {
                mel = r;
            }
        }
        assertThat(mel).isNotNull();
        assertThat(mel.get("nom").asString()).isEqualTo("Métropole Européenne de Lille");
        assertThat(mel.get("categorie").asString()).isEqualTo("COLLECTIVITE");
        assertThat(mel.get("contingent").asString()).isEqualTo("COLTER");
        assertThat(mel.get("siren").asString()).isEqualTo("200093201");
        assertThat(liste.texte()).contains("\"guichets\":[\"G59AL\"]");

        // the same list for the gestionnaire's software; nothing of another territory
        assertThat(api.get(GESTIONNAIRE_059, "/v1.0/admin/reservataires").json().size())
                .isEqualTo(liste.json().size());
        ClientApi.Reponse ailleurs = api.get("G5901", "/v1.0/reservataires?territoire=062");
        assertThat(ailleurs.statut()).isEqualTo(403);
        assertThat(ailleurs.json().get("code").asString()).isEqualTo("RESERVATAIRES_HORS_TERRITOIRE");
        assertThat(api.get("G6201", "/v1.0/reservataires/3").statut()).isEqualTo(404);

        // the module's read API, for the R441-2-9 data of a radiation a
        assertThat(reservataires.duGuichet("G59AL").orElseThrow().id()).isEqualTo(4);
        assertThat(reservataires.parId(2).orElseThrow().contingent()).isEqualTo("PFONCT");
    }

    @Test
    void le_gestionnaire_fixe_des_parts_dans_les_plafonds_et_rien_n_est_ecrit_au_dela() {
        int annee = 2023;
        long prefet = inscrire("059", "ETAT_PRIORITAIRES", "Préfet test");
        long agents = inscrire("059", "ETAT_AGENTS", "Agents de l'État test");
        long autre = inscrire("059", "AUTRE", "Employeur test");

        ClientApi.Reponse fixee = fixer(GESTIONNAIRE_059, prefet, FOYERS_FLAMANDS, annee, new BigDecimal("24.5"));
        assertThat(fixee.statut()).as(fixee.texte()).isEqualTo(200);
        assertThat(fixee.json().get("total").decimalValue()).isEqualByComparingTo("24.5");
        assertThat(fixer(GESTIONNAIRE_059, agents, FOYERS_FLAMANDS, annee, 5).statut()).isEqualTo(200);

        // the préfet's 30 %: 24.5 + 5 + 1
        ClientApi.Reponse etat = fixer(GESTIONNAIRE_059, prefet, FOYERS_FLAMANDS, annee, new BigDecimal("25.5"));
        assertThat(etat.statut()).isEqualTo(422);
        assertThat(etat.json().get("erreurs").get(0).get("champ").asString()).isEqualTo("part");
        assertThat(etat.json().get("erreurs").get(0).get("code").asString()).isEqualTo("PART_FLUX_PLAFOND_ETAT");
        assertThat(etat.json().get("erreurs").get(0).get("message").asString()).contains("30,5 %");
        // the State agents' 5 %
        ClientApi.Reponse plafondAgents = fixer(GESTIONNAIRE_059, agents, FOYERS_FLAMANDS, annee, 6);
        assertThat(plafondAgents.statut()).isEqualTo(422);
        assertThat(plafondAgents.json().get("erreurs").get(0).get("code").asString())
                .isEqualTo("PART_FLUX_PLAFOND_AGENTS_ETAT");
        // 100 % in all
        assertThat(fixer(GESTIONNAIRE_059, autre, FOYERS_FLAMANDS, annee, new BigDecimal("70.5")).statut())
                .isEqualTo(200);
        ClientApi.Reponse total = fixer(GESTIONNAIRE_059, autre, FOYERS_FLAMANDS, annee, new BigDecimal("70.6"));
        assertThat(total.statut()).isEqualTo(422);
        assertThat(total.json().get("erreurs").get(0).get("code").asString()).isEqualTo("PART_FLUX_TOTAL_DEPASSE");

        // nothing written by the refusals
        assertThat(jdbc.sql("select reservataire_id || ':' || part from part_flux where bailleur_siren = ? "
                + "and annee = ? order by reservataire_id").params(FOYERS_FLAMANDS, annee).query(String.class).list())
                .containsExactly(prefet + ":24.50", agents + ":5.00", autre + ":70.50");
    }

    @Test
    void une_part_mal_formee_un_reservataire_inconnu_ou_d_un_autre_territoire_un_guichet_sont_refuses() {
        long id = inscrire("059", "COLLECTIVITE", "Commune test");
        long pasDeCalais = inscrire("062", "COLLECTIVITE", "Communauté test");
        int annee = 2024;

        ClientApi.Reponse horsBornes = fixer(GESTIONNAIRE_059, id, FOYERS_FLAMANDS, annee, new BigDecimal("100.5"));
        assertThat(horsBornes.statut()).isEqualTo(422);
        assertThat(horsBornes.json().get("erreurs").get(0).get("code").asString()).isEqualTo("HORS_BORNES");
        ClientApi.Reponse anneeAvantLeFlux = fixer(GESTIONNAIRE_059, id, FOYERS_FLAMANDS, 2019, 10);
        assertThat(anneeAvantLeFlux.statut()).isEqualTo(422);
        assertThat(anneeAvantLeFlux.json().get("erreurs").get(0).get("champ").asString()).isEqualTo("annee");
        ClientApi.Reponse sansPart = fixer(GESTIONNAIRE_059, id, FOYERS_FLAMANDS, annee, "{}");
        assertThat(sansPart.statut()).isEqualTo(422);
        assertThat(sansPart.json().get("erreurs").get(0).get("code").asString()).isEqualTo("OBLIGATOIRE");
        ClientApi.Reponse texte = fixer(GESTIONNAIRE_059, id, FOYERS_FLAMANDS, annee, "{\"part\":\"dix\"}");
        assertThat(texte.statut()).isEqualTo(400);
        // a bailleur with no stock in the Nord
        ClientApi.Reponse horsTerritoire = fixer(GESTIONNAIRE_059, id, ARTOIS_LOGIS, annee, 10);
        assertThat(horsTerritoire.statut()).isEqualTo(422);
        assertThat(horsTerritoire.json().get("erreurs").get(0).get("code").asString())
                .isEqualTo("PART_FLUX_BAILLEUR_HORS_TERRITOIRE");
        assertThat(horsTerritoire.json().get("erreurs").get(0).get("champ").asString()).isEqualTo("siren");

        // an unknown réservataire, one of another territory: the same 404
        ClientApi.Reponse inconnu = fixer(GESTIONNAIRE_059, 999_999_999L, FOYERS_FLAMANDS, annee, 10);
        assertThat(inconnu.statut()).isEqualTo(404);
        assertThat(inconnu.json().get("code").asString()).isEqualTo("RESERVATAIRE_INTROUVABLE");
        ClientApi.Reponse autreTerritoire = fixer(GESTIONNAIRE_059, pasDeCalais, ARTOIS_LOGIS, annee, 10);
        assertThat(autreTerritoire.statut()).isEqualTo(404);
        assertThat(autreTerritoire.json().get("code").asString()).isEqualTo("RESERVATAIRE_INTROUVABLE");
        assertThat(api.get(GESTIONNAIRE_059, "/v1.0/admin/reservataires/" + pasDeCalais + "/flux").statut())
                .isEqualTo(404);

        // a guichet does not set shares, not even its own territory's
        ClientApi.Reponse guichet = fixer("G5901", id, FOYERS_FLAMANDS, annee, 10);
        assertThat(guichet.statut()).isEqualTo(403);
        assertThat(guichet.json().get("code").asString()).isEqualTo("ACCES_REFUSE");
        ClientApi.Reponse reservataire = fixer("G59AL", 4, FOYERS_FLAMANDS, annee, 10);
        assertThat(reservataire.statut()).isEqualTo(403);

        assertThat(parts(id)).isZero();
        assertThat(parts(pasDeCalais)).isZero();
        assertThat(parts(4)).isEqualTo(jdbc.sql("select count(*) from part_flux where reservataire_id = 4 "
                + "and annee <> ?").param(annee).query(Integer.class).single());
    }

    @Test
    void le_flux_compte_les_attributions_imputees_au_reservataire_par_bailleur() {
        int annee = 2022;
        long id = inscrire("059", "COLLECTIVITE", "Ville test");
        long autre = inscrire("059", "AUTRE", "Autre test");
        assertThat(fixer(GESTIONNAIRE_059, id, FOYERS_FLAMANDS, annee, 50).statut()).isEqualTo(200);
        assertThat(fixer(GESTIONNAIRE_059, id, METROPOLE_LOGIS, annee, new BigDecimal("12.5")).statut())
                .isEqualTo(200);
        // the year's leases of Les Foyers flamands: two charged to this réservataire, one to another, one to none;
        // one of the year before and one of Métropole Logis charged to it; one without bailleur charged to it
        fait(FOYERS_FLAMANDS, id, annee);
        fait(FOYERS_FLAMANDS, id, annee);
        fait(FOYERS_FLAMANDS, autre, annee);
        fait(FOYERS_FLAMANDS, null, annee);
        fait(FOYERS_FLAMANDS, id, annee - 1);
        fait(METROPOLE_LOGIS, id, annee);
        fait(null, id, annee);

        ClientApi.Reponse flux = api.get("G5901", "/v1.0/reservataires/" + id + "/flux?annee=" + annee);
        assertThat(flux.statut()).as(flux.texte()).isEqualTo(200);
        JsonNode json = flux.json();
        assertThat(json.get("reservataire").get("id").asLong()).isEqualTo(id);
        assertThat(json.get("annee").asInt()).isEqualTo(annee);
        JsonNode foyers = ligne(json, FOYERS_FLAMANDS);
        assertThat(foyers.get("nomBailleur").asString()).isEqualTo("Les Foyers flamands (démo)");
        assertThat(foyers.get("part").decimalValue()).isEqualByComparingTo("50");
        assertThat(foyers.get("logementsMisEnAttribution").asLong()).isEqualTo(4);
        assertThat(foyers.get("objectif").decimalValue()).isEqualByComparingTo("2");
        assertThat(foyers.get("attributions").asLong()).isEqualTo(2);
        assertThat(foyers.get("ecart").decimalValue()).isEqualByComparingTo("0");
        JsonNode metropole = ligne(json, METROPOLE_LOGIS);
        assertThat(metropole.get("logementsMisEnAttribution").asLong()).isEqualTo(1);
        assertThat(metropole.get("objectif").decimalValue()).isEqualByComparingTo("0.13");
        assertThat(metropole.get("attributions").asLong()).isEqualTo(1);
        assertThat(metropole.get("ecart").decimalValue()).isEqualByComparingTo("0.87");
        JsonNode sansBailleur = ligne(json, null);
        assertThat(sansBailleur.get("part").decimalValue()).isEqualByComparingTo("0");
        assertThat(sansBailleur.get("attributions").asLong()).isEqualTo(1);
        assertThat(json.get("bailleurs").size()).isEqualTo(3);
        assertThat(json.get("attributions").asLong()).isEqualTo(4);
        assertThat(json.get("objectif").decimalValue()).isEqualByComparingTo("2.13");
        assertThat(json.get("ecart").decimalValue()).isEqualByComparingTo("1.87");

        // the year before: one lease, no share
        JsonNode avant = api.get(GESTIONNAIRE_059, "/v1.0/admin/reservataires/" + id + "/flux?annee=" + (annee - 1))
                .json();
        assertThat(ligne(avant, FOYERS_FLAMANDS).get("attributions").asLong()).isEqualTo(1);
        assertThat(ligne(avant, FOYERS_FLAMANDS).get("part").decimalValue()).isEqualByComparingTo("0");
        // by default, the current year
        assertThat(api.get("G5901", "/v1.0/reservataires/" + id + "/flux").json().get("annee").asInt())
                .isEqualTo(Year.now().getValue());
        assertThat(api.get("G6201", "/v1.0/reservataires/" + id + "/flux").statut()).isEqualTo(404);
    }

    private static JsonNode ligne(JsonNode flux, String siren) {
        for (JsonNode l : flux.get("bailleurs")) {
            JsonNode valeur = l.get("sirenBailleur");
            boolean sans = valeur == null || valeur.isNull();
            if (siren == null ? sans : !sans && siren.equals(valeur.asString())) {
                return l;
            }
        }
        throw new AssertionError("pas de ligne " + siren + " dans " + flux);
    }

    /** An attribution fact as the attribution chain writes it (V94), anonymous. */
    private void fait(String siren, Long reservataire, int annee) {
        jdbc.sql("""
                insert into attribution_fait (territoire, date_bail, annee, guichet, bailleur_siren, identifiant_rpls,
                    qpv, reservataire_id, contingent, accord_collectif, prioritaire_dalo, source, enregistre_le)
                values ('059', ?, ?, 'G5901', ?, ?, false, ?, 'COLTER', 'AUCUN', false, 'RADIATION', now())
                """).params(LocalDate.of(annee, 6, 15), annee, siren, "RPLS" + UUID.randomUUID().toString()
                        .substring(0, 12), reservataire).update();
    }
}
