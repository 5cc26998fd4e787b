package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.application.FusionnerDemandes;
import fr.sne.demande.application.CommandeFusion;
import fr.sne.demande.application.ParseurFusion;
import fr.sne.demande.application.ParseurFusion.FusionSaisie;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.application.VersionPerimeeException;
import tools.jackson.databind.JsonNode;

/**
 * The merge of two demandes of one person (motive f of R441-2-8 CCH). Radiation f is no guichet's act: through the
 * API it is refused with its code, whatever the numéro conservé (none, unknown, the demande itself), and nothing is
 * written. The gestionnaire territorial merges within his territory, the national administrator across
 * territories, a near-duplicate he confirms: every refusal has its code and writes nothing; the merge radiates
 * one demande for f naming the kept one, which takes the earlier date de dépôt, with a movement in each history.
 */
class ScenarioFusionIT extends ApiIT {

    private static final Acteur GESTIONNAIRE_059 = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private static final Acteur GESTIONNAIRE_062 = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
    private static final Acteur ADMINISTRATEUR = Acteur.administrateurNational("admin-national");

    @Autowired
    private FusionnerDemandes fusion;

    @Autowired
    private Clock horloge;

    /** The same person as {@code demande}'s demandeur, her birth name typed with a letter too many. */
    private static DemandeExemple procheDoublon(DemandeExemple demande, String lettre) {
        DemandeExemple autre = DemandeExemple.nord();
        autre.demandeur().put("nomNaissance", demande.nom() + lettre);
        return autre;
    }

    /** A NIR of a woman born in April 1988 in the Pas-de-Calais, with its key; no other test uses this commune. */
    private static String nir() {
        long corps = Long.parseLong("2880462041" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1, 999)));
        return corps + "%02d".formatted(97 - corps % 97);
    }

    /** The demande was deposited on that day, as time would have it (column and stored content). */
    private void deposeeLe(String numero, LocalDate depot) {
        jdbc.sql("""
                update demande set date_depot = cast(:depot as date), date_fin_validite = :fin,
                       contenu = jsonb_set(contenu, '{dateDepot}', to_jsonb(cast(:depot as text)))
                where numero_unique = :numero""")
                .param("depot", depot.toString()).param("fin", depot.plusYears(1)).param("numero", numero).update();
    }

    /** What a refusal must leave untouched: each demande's state, version, dates, and its movements. */
    private List<String> traces(String... numeros) {
        return jdbc.sql("""
                select d.numero_unique || ' ' || d.statut || ' v' || d.version || ' ' || d.date_depot || ' '
                       || coalesce(d.motif_radiation, '-') || ' '
                       || (select count(*) from mouvement m where m.numero_unique = d.numero_unique)
                from demande d where d.numero_unique in (:numeros) order by d.numero_unique""")
                .param("numeros", List.of(numeros)).query(String.class).list();
    }

    private static void refuseSurLeChamp(Runnable fusion, String champ, String code) {
        assertThatThrownBy(fusion::run).isInstanceOfSatisfying(DonneesInvalidesException.class,
                e -> assertThat(e.erreurs()).singleElement().satisfies(erreur -> {
                    assertThat(erreur.champ()).isEqualTo(champ);
                    assertThat(erreur.code()).isEqualTo(code);
                }));
    }

    private static void refuseEnConflit(Runnable fusion, String code) {
        assertThatThrownBy(fusion::run).isInstanceOfSatisfying(ConflitException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** The merge's command, read as the merge page reads its form. */
    private static CommandeFusion conserver(@Nullable String numero) {
        return ParseurFusion.lire(new FusionSaisie(numero, true));
    }

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private List<String> types(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    @Test
    void un_guichet_ne_radie_plus_pour_fusion_quel_que_soit_le_numero_conserve() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String autre = enregistrer("G5901", DemandeExemple.nord());
        for (Map<String, Object> corps : List.<Map<String, Object>>of(
                Map.of("motif", "f"),
                Map.of("motif", "f", "numeroUniqueConserve", "059" + "0125" + "999999" + "G5901"),
                Map.of("motif", "f", "numeroUniqueConserve", numero),
                Map.of("motif", "f", "numeroUniqueConserve", autre))) {
            Reponse refus = api.post("G5901", "/v1.0/demandes/" + numero + "/radiation", corps, null);
            assertThat(refus.statut()).as(refus.texte()).isEqualTo(409);
            assertThat(refus.json().get("code").asString()).isEqualTo("FUSION_RESERVEE_AU_GESTIONNAIRE");
        }
        assertThat(jdbc.sql("select statut || ' ' || version from demande where numero_unique in (?, ?) "
                + "order by numero_unique").params(numero, autre).query(String.class).list())
                .containsExactly("ACTIVE 0", "ACTIVE 0");
        assertThat(types(numero)).containsExactly("CRE");
        assertThat(types(autre)).containsExactly("CRE");
        // the other motives are unchanged: b still radiates at once
        Reponse b = api.post("G5901", "/v1.0/demandes/" + numero + "/radiation", Map.of("motif", "b"), null);
        assertThat(b.statut()).as(b.texte()).isEqualTo(200);
    }

    @Test
    void chaque_refus_de_la_fusion_a_son_code_et_n_ecrit_rien() {
        DemandeExemple claire = DemandeExemple.nord();
        String numero = enregistrer("G5901", claire);
        String doublon = enregistrer("G5902", procheDoublon(claire, "e"));
        String autrePersonne = enregistrer("G5901", DemandeExemple.nord());
        String radiee = enregistrer("G5902", procheDoublon(claire, "s"));
        assertThat(api.post("G5902", "/v1.0/demandes/" + radiee + "/radiation", Map.of("motif", "b"), null).statut())
                .isEqualTo(200);
        DemandeExemple enArtois = DemandeExemple.pasDeCalais();
        enArtois.demandeur().put("nomNaissance", claire.nom());
        String ailleurs = enregistrer("G6201", enArtois);
        String[] toutes = {numero, doublon, autrePersonne, radiee, ailleurs};
        List<String> avant = traces(toutes);
        long acces = jdbc.sql("select count(*) from journal_acces").query(Long.class).single();

        // the kept numéro: missing, malformed, the demande itself, unknown, of another territory for a gestionnaire
        refuseSurLeChamp(() -> fusion.executer(numero, conserver(null), null, null, GESTIONNAIRE_059),
                "numeroUniqueConserve", "OBLIGATOIRE");
        refuseSurLeChamp(() -> fusion.executer(numero, conserver("059-inconnu"), null, null, GESTIONNAIRE_059),
                "numeroUniqueConserve", "FORMAT_INVALIDE");
        refuseSurLeChamp(() -> fusion.executer(numero, conserver(numero), null, null, GESTIONNAIRE_059),
                "numeroUniqueConserve", "FUSION_MEME_DEMANDE");
        refuseSurLeChamp(() -> fusion.executer(numero, conserver("0590125999999G5901"), null, null,
                GESTIONNAIRE_059), "numeroUniqueConserve", "FUSION_DEMANDE_CONSERVEE_INTROUVABLE");
        refuseSurLeChamp(() -> fusion.executer(numero, conserver(ailleurs), null, null, GESTIONNAIRE_059),
                "numeroUniqueConserve", "FUSION_DEMANDE_CONSERVEE_INTROUVABLE");
        refuseSurLeChamp(() -> fusion.comparer(numero, new NumeroUnique(ailleurs), GESTIONNAIRE_059),
                "numeroUniqueConserve", "FUSION_DEMANDE_CONSERVEE_INTROUVABLE");
        // the kept demande radiated; the merged one radiated; not the same person; not confirmed; a stale version
        refuseEnConflit(() -> fusion.executer(numero, conserver(radiee), null, null, GESTIONNAIRE_059),
                "FUSION_DEMANDE_CONSERVEE_NON_ACTIVE");
        refuseEnConflit(() -> fusion.executer(radiee, conserver(numero), null, null, GESTIONNAIRE_059),
                "DEMANDE_NON_ACTIVE");
        refuseEnConflit(() -> fusion.executer(numero, conserver(autrePersonne), null, null, GESTIONNAIRE_059),
                "FUSION_PERSONNES_DIFFERENTES");
        refuseSurLeChamp(() -> fusion.executer(numero, ParseurFusion.lire(new FusionSaisie(doublon, false)), null, null,
                GESTIONNAIRE_059), "confirmation", "FUSION_NON_CONFIRMEE");
        assertThatThrownBy(() -> fusion.executer(numero, conserver(doublon), 0, 7, GESTIONNAIRE_059))
                .isInstanceOf(VersionPerimeeException.class);
        // the wrong actor: a guichet's agent or API client; a gestionnaire of another territory sees neither
        for (Acteur guichet : List.of(Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059"),
                Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR", "059"))) {
            assertThatThrownBy(() -> fusion.executer(numero, conserver(doublon), null, null, guichet))
                    .isInstanceOfSatisfying(AccesRefuseException.class,
                            e -> assertThat(e.code()).isEqualTo("FUSION_RESERVEE_AU_GESTIONNAIRE"));
            assertThatThrownBy(() -> fusion.comparer(numero, new NumeroUnique(doublon), guichet))
                    .isInstanceOf(AccesRefuseException.class);
        }
        assertThatThrownBy(() -> fusion.executer(numero, conserver(doublon), null, null, GESTIONNAIRE_062))
                .isInstanceOf(RessourceIntrouvableException.class);

        assertThat(traces(toutes)).isEqualTo(avant);
        assertThat(jdbc.sql("select count(*) from journal_acces").query(Long.class).single()).isEqualTo(acces);
    }

    @Test
    void la_demande_radiee_en_f_nomme_la_conservee_qui_prend_la_date_de_depot_la_plus_ancienne() {
        DemandeExemple claire = DemandeExemple.nord();
        String ancienne = enregistrer("G5901", claire);
        LocalDate depot = LocalDate.now(horloge).minusMonths(5);
        deposeeLe(ancienne, depot);
        DemandeExemple doublon = procheDoublon(claire, "e");
        String recente = enregistrer("G5902", doublon);
        LocalDate finValidite = LocalDate.now(horloge).plusYears(1);

        // the gestionnaire compares them first: a near-duplicate, no refusal but the confirmation to come
        FusionnerDemandes.Comparaison comparaison = fusion.comparer(ancienne, new NumeroUnique(recente), GESTIONNAIRE_059);
        assertThat(comparaison.refus()).isNull();
        assertThat(comparaison.rapprochement()).get().extracting(r -> r.critere().name())
                .isEqualTo("NAISSANCE_ET_NOMS_PROCHES");
        assertThat(comparaison.dateDepotRetenue()).isEqualTo(depot);

        FusionnerDemandes.Resultat resultat = fusion.executer(ancienne, conserver(recente), 0, 0, GESTIONNAIRE_059);

        assertThat(resultat.radiee().motifRadiation()).hasToString("FUSION");
        assertThat(resultat.conservee().dateDepot()).isEqualTo(depot);
        assertThat(jdbc.sql("""
                select statut || ' ' || motif_radiation || ' ' || date_radiation || ' ' || coalesce(radiee_par, '-')
                       || ' ' || (donnees_radiation ->> 'numeroUniqueConserve')
                from demande where numero_unique = ?""").param(ancienne).query(String.class).single())
                .isEqualTo("RADIEE f " + LocalDate.now(horloge) + " - " + recente);
        assertThat(jdbc.sql("""
                select statut || ' v' || version || ' ' || date_depot || ' ' || (contenu ->> 'dateDepot') || ' '
                       || date_fin_validite
                from demande where numero_unique = ?""").param(recente).query(String.class).single())
                .isEqualTo("ACTIVE v1 " + depot + " " + depot + " " + finValidite);
        // a movement in each history, by the gestionnaire, for no guichet
        assertThat(jdbc.sql("""
                select type || ' ' || acteur_type || ' ' || acteur_id || ' ' || coalesce(guichet, '-') from mouvement
                where numero_unique in (?, ?) and type <> 'CRE' order by id""").params(ancienne, recente)
                .query(String.class).list()).containsExactly(
                        "RAD GESTIONNAIRE_TERRITORIAL gestionnaire-059 -",
                        "MOD GESTIONNAIRE_TERRITORIAL gestionnaire-059 -");
        JsonNode historique = api.get("G5901", "/v1.0/demandes/" + recente + "/historique").json();
        assertThat(historique.toString()).contains("\"numeroUniqueFusionne\":\"" + ancienne + "\"",
                "\"dateDepotReprise\":true");
        assertThat(api.get("G5901", "/v1.0/demandes/" + ancienne + "/historique").json().toString())
                .contains("\"numeroUniqueConserve\":\"" + recente + "\"", "\"motifRadiation\":\"f\"");

        // the kept demande lives on with its new date de dépôt: read, modified on it, its attestation
        Reponse lue = api.get("G5902", "/v1.0/demandes/" + recente);
        assertThat(lue.json().get("dateDepot").asString()).isEqualTo(depot.toString());
        doublon.avec("dateDepot", depot.toString()).json().put("adresse", Map.of("voie", "22 rue Solférino",
                "codePostal", "59000", "commune", "59350"));
        Reponse modifiee = api.envoyer("PUT", "G5902", "/v1.0/demandes/" + recente, doublon.json(),
                Map.of("If-Match", lue.entete("ETag")));
        assertThat(modifiee.statut()).as(modifiee.texte()).isEqualTo(200);
        assertThat(api.get("G5902", "/v1.0/demandes/" + recente + "/attestation").statut()).isEqualTo(200);
        // and a merge is final
        Reponse reactivation = api.post("G5901", "/v1.0/demandes/" + ancienne + "/reactivation", Map.of(), null);
        assertThat(reactivation.json().get("code").asString()).isEqualTo("REACTIVATION_IMPOSSIBLE");
    }

    @Test
    void l_administrateur_national_fusionne_deux_territoires_sur_le_meme_nir() {
        String nir = nir();
        DemandeExemple nord = DemandeExemple.nord();
        nord.demandeur().put("nir", nir);
        String numero = enregistrer("G5901", nord);
        DemandeExemple artois = DemandeExemple.pasDeCalais();
        artois.demandeur().put("nir", nir);
        String conservee = enregistrer("G6201", artois);
        deposeeLe(conservee, LocalDate.now(horloge).minusMonths(2));
        List<String> avant = traces(numero, conservee);

        // a gestionnaire sees only his territory
        refuseSurLeChamp(() -> fusion.executer(numero, conserver(conservee), null, null, GESTIONNAIRE_059),
                "numeroUniqueConserve", "FUSION_DEMANDE_CONSERVEE_INTROUVABLE");
        assertThatThrownBy(() -> fusion.executer(numero, conserver(conservee), null, null, GESTIONNAIRE_062))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(traces(numero, conservee)).isEqualTo(avant);

        FusionnerDemandes.Resultat resultat = fusion.executer(numero, conserver(conservee), null, null,
                ADMINISTRATEUR);

        assertThat(resultat.fusion().rapprochement().critere().name()).isEqualTo("MEME_NIR");
        // the kept demande was the earlier: its date stays, and it stays in its territory
        assertThat(resultat.conservee().dateDepot()).isEqualTo(LocalDate.now(horloge).minusMonths(2));
        assertThat(resultat.conservee().territoire()).isEqualTo("062");
        assertThat(jdbc.sql("""
                select type || ' ' || territoire || ' ' || acteur_type || ' '
                       || coalesce(contenu -> 'fusion' ->> 'dateDepotReprise', '-')
                from mouvement where numero_unique = ? order by id""").param(conservee).query(String.class).list())
                .containsExactly("CRE 062 CLIENT_API -", "MOD 062 ADMINISTRATEUR_NATIONAL false");
        assertThat(jdbc.sql("select statut from demande where numero_unique = ?").param(numero).query(String.class)
                .single()).isEqualTo("RADIEE");
    }
}
