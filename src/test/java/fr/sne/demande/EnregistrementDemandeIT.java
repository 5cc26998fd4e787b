package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ClientApi.Reponse;
import fr.sne.ApiIT;
import tools.jackson.databind.JsonNode;

class EnregistrementDemandeIT extends ApiIT {

    @Autowired
    private Clock horloge;

    private Reponse enregistrer(String guichet, DemandeExemple demande) {
        return api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
    }

    private int demandesAuNom(String nom) {
        return jdbc.sql("select count(*) from demande_personne where nom_naissance = ?").param(nom)
                .query(Integer.class).single();
    }

    @Test
    void un_guichet_enregistre_une_demande_et_la_relit() {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("paysNaissance", "belgique");

        LocalDate avant = LocalDate.now(horloge);
        Reponse reponse = enregistrer("G5901", demande);
        LocalDate apres = LocalDate.now(horloge);

        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(201);
        JsonNode corps = reponse.json();
        String numero = corps.get("numeroUnique").asString();
        // the application's day, read before and after the call: either, should midnight pass in between
        LocalDate aujourdhui = LocalDate.parse(corps.get("dateDepot").asString());
        assertThat(aujourdhui).isBetween(avant, apres);
        assertThat(numero).hasSize(18).startsWith("059" + "%02d%02d".formatted(aujourdhui.getMonthValue(),
                aujourdhui.getYear() % 100)).endsWith("G5901");
        assertThat(reponse.entete("Location")).endsWith("/v1.0/demandes/" + numero);
        assertThat(reponse.entete("Idempotent-Replayed")).isEqualTo("false");
        assertThat(corps.get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(corps.get("dateFinValidite").asString()).isEqualTo(aujourdhui.plusYears(1).toString());
        assertThat(corps.at("/demande/demandeur/paysNaissance").asString()).isEqualTo("Belgique");

        Reponse relue = api.get("G5902", "/v1.0/demandes/" + numero);
        assertThat(relue.statut()).isEqualTo(200);
        assertThat(relue.json().at("/demande/demandeur/nomNaissance").asString()).isEqualTo(demande.nom());
        assertThat(relue.json().at("/demande/logementRecherche/communesSouhaitees").toString())
                .isEqualTo("[\"59350\",\"59512\"]");
        assertThat(relue.json().at("/demande/contact/telephone").asString()).isEqualTo("0612345678");

        // the same demande; its actions are the caller's: the bailleur's guichet G5901 may radiate for an
        // attribution (a), the commune's G5902 may not
        assertThat(sansActions(relue.json())).isEqualTo(sansActions(corps));
        assertThat(action(corps, "RADIER", "a").get("permise").asBoolean()).isTrue();
        assertThat(action(relue.json(), "RADIER", "a").get("code").asString())
                .isEqualTo("RADIATION_RESERVEE_AU_BAILLEUR");
        assertThat(action(relue.json(), "RADIER", "b").get("permise").asBoolean()).isTrue();

        List<String> mouvements = jdbc.sql("select type || ' ' || (contenu ->> 'numeroUnique') from mouvement "
                + "where numero_unique = ?").param(numero).query(String.class).list();
        assertThat(mouvements).containsExactly("CRE " + numero);
        // who registered it: the API client whose token made the call, for its guichet
        assertThat(jdbc.sql("select acteur_type || ' ' || acteur_id || ' ' || guichet || ' ' || (contenu #>> "
                + "'{acteur,identifiant}') from mouvement where numero_unique = ?").param(numero)
                .query(String.class).single()).isEqualTo("CLIENT_API demo-g5901 G5901 demo-g5901");
    }

    @Test
    void une_demande_d_un_autre_territoire_est_introuvable() {
        Reponse creee = enregistrer("G5901", DemandeExemple.nord());
        String numero = creee.json().get("numeroUnique").asString();

        Reponse lue = api.get("G6201", "/v1.0/demandes/" + numero);

        assertThat(lue.statut()).isEqualTo(404);
        assertThat(lue.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("G5901", "/v1.0/demandes/pas-un-numero").statut()).isEqualTo(404);
    }

    @Test
    void les_pays_sont_des_noms_du_cog_le_code_cog_est_encore_admis_et_la_reponse_donne_le_nom() {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("paysNaissance", "99350");
        demande.avec("adresse", Map.of("voie", "12 rue Neuve", "ville", "Bruxelles", "pays", "BELGIQUE"));

        Reponse reponse = enregistrer("G5901", demande);

        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(201);
        String numero = reponse.json().get("numeroUnique").asString();
        JsonNode relue = api.get("G5901", "/v1.0/demandes/" + numero).json();
        assertThat(relue.at("/demande/demandeur/paysNaissance").asString()).isEqualTo("Maroc");
        assertThat(relue.at("/demande/adresse/pays").asString()).isEqualTo("Belgique");
        assertThat(jdbc.sql("select contenu #>> '{adresse,pays}' from demande where numero_unique = ?")
                .param(numero).query(String.class).single()).isEqualTo("Belgique");
    }

    @Test
    void un_code_iso_et_la_france_sont_refuses_en_nommant_le_champ() {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("paysNaissance", "France");
        demande.avec("adresse", Map.of("voie", "12 rue Neuve", "ville", "Bruxelles", "pays", "BE"));

        Reponse reponse = enregistrer("G5901", demande);

        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(422);
        List<String> champs = new ArrayList<>();
        reponse.json().get("erreurs").forEach(e -> champs.add(e.get("champ").asString() + ":"
                + e.get("code").asString()));
        assertThat(champs).containsExactlyInAnyOrder("demandeur.paysNaissance:PAYS_FRANCE_REFUSE",
                "adresse.pays:PAYS_CODE_ISO_REFUSE");
        assertThat(demandesAuNom(demande.nom())).isZero();
    }

    @Test
    void les_erreurs_sont_rendues_champ_par_champ_et_rien_n_est_ecrit() {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("nir", "2880459350123 00");
        demande.demandeur().put("paysNaissance", "Atlantide");
        demande.demandeur().put("civilite", "9");
        demande.logementRecherche().put("communesSouhaitees", new ArrayList<>(List.of("59350", "99999")));
        demande.logementRecherche().remove("demandeElargie");
        demande.avec("motifs", List.of());

        Reponse reponse = enregistrer("G5901", demande);

        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(422);
        assertThat(reponse.entete("Content-Type")).startsWith("application/problem+json");
        JsonNode corps = reponse.json();
        assertThat(corps.get("type").asString()).isEqualTo("urn:sne:probleme:donnees-invalides");
        List<String> champs = new ArrayList<>();
        corps.get("erreurs").forEach(e -> champs.add(e.get("champ").asString() + ":" + e.get("code").asString()));
        assertThat(champs).contains(
                "demandeur.paysNaissance:PAYS_INCONNU",
                "demandeur.civilite:CODE_INCONNU",
                "logementRecherche.communesSouhaitees[1]:COMMUNE_INCONNUE",
                "logementRecherche.demandeElargie:OBLIGATOIRE",
                "motifs:OBLIGATOIRE");
        assertThat(champs).anyMatch(c -> c.startsWith("demandeur.nir:NIR"));
        assertThat(demandesAuNom(demande.nom())).isZero();
    }

    @Test
    void les_communes_de_deux_departements_ou_hors_du_territoire_du_guichet_sont_refusees() {
        DemandeExemple deuxDepartements = DemandeExemple.nord();
        deuxDepartements.logementRecherche().put("communesSouhaitees", List.of("59350", "62041"));
        Reponse r1 = enregistrer("G5901", deuxDepartements);
        assertThat(r1.statut()).isEqualTo(422);
        assertThat(r1.json().at("/erreurs/0/code").asString()).isEqualTo("TERRITOIRES_MULTIPLES");

        Reponse r2 = enregistrer("G6201", DemandeExemple.nord());
        assertThat(r2.statut()).isEqualTo(422);
        assertThat(r2.json().at("/erreurs/0/code").asString()).isEqualTo("HORS_TERRITOIRE_GUICHET");
    }

    @Test
    void un_document_illisible_ou_un_champ_mal_type_donne_400_avec_le_champ() {
        Reponse illisible = api.post("G5901", "/v1.0/demandes", "{\"demandeur\": ", UUID.randomUUID().toString());
        assertThat(illisible.statut()).isEqualTo(400);

        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("dateNaissance", "12/04/1988");
        Reponse malType = enregistrer("G5901", demande);
        assertThat(malType.statut()).isEqualTo(400);
        assertThat(malType.json().at("/erreurs/0/champ").asString()).isEqualTo("demandeur.dateNaissance");

        DemandeExemple champMalOrthographie = DemandeExemple.nord();
        champMalOrthographie.demandeur().put("nomUsuel", "Durand");
        Reponse inconnu = enregistrer("G5901", champMalOrthographie);
        assertThat(inconnu.statut()).isEqualTo(400);
        assertThat(inconnu.json().at("/erreurs/0/champ").asString()).isEqualTo("demandeur.nomUsuel");
        assertThat(inconnu.json().at("/erreurs/0/code").asString()).isEqualTo("CHAMP_INCONNU");
        assertThat(demandesAuNom(champMalOrthographie.nom())).isZero();
    }

    @Test
    void sans_cle_d_idempotence_la_requete_est_refusee() {
        Reponse reponse = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), null);
        assertThat(reponse.statut()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void une_requete_rejouee_ne_cree_pas_une_seconde_demande() {
        DemandeExemple demande = DemandeExemple.nord();
        String cle = UUID.randomUUID().toString();

        Reponse premiere = api.post("G5901", "/v1.0/demandes", demande.json(), cle);
        Reponse seconde = api.post("G5901", "/v1.0/demandes", demande.json(), cle);

        assertThat(premiere.statut()).isEqualTo(201);
        assertThat(seconde.statut()).isEqualTo(201);
        assertThat(seconde.entete("Idempotent-Replayed")).isEqualTo("true");
        assertThat(seconde.json().get("numeroUnique").asString())
                .isEqualTo(premiere.json().get("numeroUnique").asString());
        assertThat(demandesAuNom(demande.nom())).isEqualTo(1);

        demande.demandeur().put("prenoms", "Autre");
        Reponse autreCorps = api.post("G5901", "/v1.0/demandes", demande.json(), cle);
        assertThat(autreCorps.statut()).isEqualTo(409);
        assertThat(autreCorps.json().get("code").asString()).isEqualTo("IDEMPOTENCE_CLE_REUTILISEE");
    }

    @Test
    void un_doublon_est_refuse_en_nommant_la_demande_existante() {
        DemandeExemple premiere = DemandeExemple.nord();
        String numero = enregistrer("G5901", premiere).json().get("numeroUnique").asString();

        DemandeExemple memePersonne = DemandeExemple.nord();
        memePersonne.demandeur().put("nomNaissance", premiere.nom().toUpperCase());
        memePersonne.demandeur().put("prenoms", "CLAIRE Hélène");
        Reponse reponse = enregistrer("G5902", memePersonne);

        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(409);
        assertThat(reponse.json().get("code").asString()).isEqualTo("DOUBLON");
        assertThat(reponse.json().get("numeroUniqueExistant").asString()).isEqualTo(numero);
        assertThat(reponse.json().get("detail").asString()).contains(numero);
    }

    @Test
    void un_co_demandeur_ayant_deja_une_demande_est_un_doublon() {
        DemandeExemple existante = DemandeExemple.nord();
        String numero = enregistrer("G5901", existante).json().get("numeroUnique").asString();

        DemandeExemple couple = DemandeExemple.nord().avecCoDemandeur(
                DemandeExemple.personne(existante.nom(), "Claire", LocalDate.of(1988, 4, 12), "F", "2"));
        Reponse reponse = enregistrer("G5901", couple);

        assertThat(reponse.statut()).isEqualTo(409);
        assertThat(reponse.json().get("numeroUniqueExistant").asString()).isEqualTo(numero);
    }

    @Test
    void la_meme_personne_peut_demander_dans_un_autre_departement() {
        DemandeExemple nord = DemandeExemple.nord();
        assertThat(enregistrer("G5901", nord).statut()).isEqualTo(201);

        DemandeExemple pasDeCalais = DemandeExemple.pasDeCalais();
        pasDeCalais.demandeur().put("nomNaissance", nord.nom());
        Reponse reponse = enregistrer("G6201", pasDeCalais);

        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(201);
        assertThat(reponse.json().get("numeroUnique").asString()).startsWith("062");
    }

    @Test
    void un_guichet_recherche_les_doublons_de_son_territoire() {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer("G5901", demande).json().get("numeroUnique").asString();
        String requete = "/v1.0/doublons?nom=" + demande.nom().toUpperCase() + "&prenom=claire&dateNaissance=1988-04-12";

        Reponse duNord = api.get("G5902", requete);
        Reponse duPasDeCalais = api.get("G6201", requete);

        assertThat(duNord.statut()).isEqualTo(200);
        assertThat(duNord.json().get("candidats")).hasSize(1);
        assertThat(duNord.json().at("/candidats/0/numeroUnique").asString()).isEqualTo(numero);
        assertThat(duPasDeCalais.json().get("candidats")).isEmpty();
        assertThat(api.get("G5902", "/v1.0/doublons?nom=x&dateNaissance=12-04-1988").statut()).isEqualTo(400);
        assertThat(api.get("G5902", "/v1.0/doublons?dateNaissance=1988-04-12").statut()).isEqualTo(400);
    }

    @Test
    void sans_jeton_l_api_repond_401() {
        Reponse reponse = api.post(null, "/v1.0/demandes", DemandeExemple.nord().json(), "k");
        assertThat(reponse.statut()).isEqualTo(401);
        assertThat(reponse.entete("WWW-Authenticate")).startsWith("Bearer");
    }


    private static JsonNode sansActions(JsonNode demande) {
        tools.jackson.databind.node.ObjectNode copie = (tools.jackson.databind.node.ObjectNode) demande.deepCopy();
        copie.remove("actionsPermises");
        return copie;
    }

    private static JsonNode action(JsonNode demande, String action, String motif) {
        for (JsonNode a : demande.get("actionsPermises")) {
            if (a.get("action").asString().equals(action) && a.has("motif") && a.get("motif").asString().equals(motif)) {
                return a;
            }
        }
        throw new AssertionError("pas d'action " + action + " " + motif + " dans " + demande.get("actionsPermises"));
    }
}
