package fr.sne.demande.application.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.CodeGuichet;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.referentiel.internal.NomenclaturesCsv;
import fr.sne.referentiel.internal.ReferentielGeographiqueCsv;
import fr.sne.referentiel.internal.ReferentielPaysCsv;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content rules and the registration rules on the real referentials, starting from the sample demande of
 * the README: plain objects, no Spring context, no database.
 */
class ValidationContenuTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 25);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static ValidationContenu validateur;
    static RegleEnregistrement regles;
    static ReferentielGeographiqueCsv geographie;

    @BeforeAll
    static void referentiels() {
        geographie = new ReferentielGeographiqueCsv();
        validateur = new ValidationContenu(geographie, new ReferentielPaysCsv(), new NomenclaturesCsv());
        regles = new RegleEnregistrement(validateur);
    }

    static ObjectNode exemple() {
        return (ObjectNode) JSON.readTree(Path.of("docs/exemples/demande-nord.json").toFile());
    }

    static ContenuDemande saisie(Consumer<ObjectNode> modification) {
        ObjectNode demande = exemple();
        modification.accept(demande);
        return JSON.treeToValue(demande, ContenuDemande.class);
    }

    static Resultat<ContenuValide> valider(Consumer<ObjectNode> modification) {
        return validateur.valider(saisie(modification), AUJOURDHUI);
    }

    static ContenuValide valide(Resultat<ContenuValide> resultat) {
        assertThat(resultat.erreurs()).isEmpty();
        return ((Resultat.Valide<ContenuValide>) resultat).valeur();
    }

    static List<String> erreurs(Resultat<ContenuValide> resultat) {
        return resultat.erreurs().stream().map(e -> e.champ() + ":" + e.code()).toList();
    }

    /** A NIR with its key computed here, independently: 97 − (number mod 97), Corsica 2A → 19, 2B → 18. */
    static String nirValide(String treizeCaracteres) {
        String chiffres = treizeCaracteres.replace("2A", "19").replace("2B", "18");
        int cle = 97 - new BigInteger(chiffres).mod(BigInteger.valueOf(97)).intValue();
        return treizeCaracteres + "%02d".formatted(cle);
    }

    @Test
    void l_exemple_du_readme_est_valide_et_releve_du_nord() {
        Resultat<ContenuValide> resultat = valider(d -> { });

        assertThat(resultat.erreurs()).isEmpty();
        assertThat(valide(resultat).territoire().code()).isEqualTo("059");
        assertThat(valide(resultat).document().dateDepot()).isEqualTo(AUJOURDHUI);
        assertThat(valide(resultat).document().demandeur().paysNaissance()).isNull();
        assertThat(valide(resultat).document().contact().telephone()).isEqualTo("0612345678");
    }

    @Test
    void une_demande_vide_liste_tous_les_blocs_obligatoires() {
        Resultat<ContenuValide> resultat = validateur.valider(
                new ContenuDemande(null, null, null, null, null, null, null, null, null, null, null, null),
                AUJOURDHUI);

        assertThat(erreurs(resultat)).containsExactlyInAnyOrder("demandeur:OBLIGATOIRE", "adresse:OBLIGATOIRE",
                "logementActuel:OBLIGATOIRE", "motifs:OBLIGATOIRE", "logementRecherche:OBLIGATOIRE");
        assertThat(resultat).isInstanceOf(Resultat.Invalide.class);
    }

    @Test
    void un_nir_juste_est_garde_sans_espaces_un_nir_faux_est_refuse() {
        String nir = nirValide("2880459350123");
        String saisi = nir.substring(0, 1) + " " + nir.substring(1, 3) + " " + nir.substring(3);

        Resultat<ContenuValide> juste = valider(d -> ((ObjectNode) d.get("demandeur")).put("nir", saisi));
        assertThat(juste.erreurs()).isEmpty();
        assertThat(valide(juste).document().demandeur().nir()).isEqualTo(nir);

        String cleFausse = nir.substring(0, 13) + "%02d".formatted((Integer.parseInt(nir.substring(13)) + 1) % 100);
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("demandeur")).put("nir", cleFausse))))
                .containsExactly("demandeur.nir:NIR_CLE");

        String homme = nirValide("1880459350123");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("demandeur")).put("nir", homme))))
                .containsExactly("demandeur.nir:NIR_SEXE_INCOHERENT");
    }

    @Test
    void un_nir_corse_est_verifie_avec_sa_cle() {
        String nir = nirValide("288042A004123");
        Resultat<ContenuValide> resultat = valider(d -> ((ObjectNode) d.get("demandeur")).put("nir", nir));
        assertThat(resultat.erreurs()).isEmpty();
        assertThat(valide(resultat).document().demandeur().nir()).contains("2A");
    }

    @Test
    void un_code_commune_remplace_est_refuse_en_donnant_le_code_actuel() throws IOException {
        String ancien;
        try (InputStream fichier = getClass().getResourceAsStream("/referentiel/anciens-codes.csv")) {
            ancien = new String(fichier.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split(";")[0]).filter(code -> geographie.commune(code).isPresent())
                    .filter(code -> code.startsWith("59")).findFirst().orElseThrow();
        }
        String actuel = geographie.commune(ancien).orElseThrow().code();

        Resultat<ContenuValide> resultat = valider(d -> ((ArrayNode) d.at("/logementRecherche/communesSouhaitees"))
                .set(0, ancien));

        assertThat(erreurs(resultat)).containsExactly("logementRecherche.communesSouhaitees[0]:COMMUNE_CODE_REMPLACE");
        assertThat(resultat.erreurs().getFirst().message()).contains(actuel);
    }

    @Test
    void paris_et_la_seine_saint_denis_forment_un_seul_territoire_l_ile_de_france() {
        Resultat<ContenuValide> resultat = valider(d -> {
            ArrayNode communes = ((ObjectNode) d.get("logementRecherche")).putArray("communesSouhaitees");
            communes.add("75111").add("93066").add("94028");
        });
        assertThat(resultat.erreurs()).isEmpty();
        assertThat(valide(resultat).territoire().code()).isEqualTo("111");
    }

    @Test
    void les_codes_de_communes_sont_gardes_sans_les_espaces_saisis() {
        Resultat<ContenuValide> resultat = valider(d -> ((ArrayNode) d.at("/logementRecherche/communesSouhaitees"))
                .set(0, " 59350 "));
        assertThat(resultat.erreurs()).isEmpty();
        assertThat(valide(resultat).document().logementRecherche().communesSouhaitees()).containsExactly("59350", "59512",
                "59009");
    }

    @Test
    void des_precisions_sur_le_handicap_trop_longues_sont_refusees_meme_sans_nombre() {
        assertThat(erreurs(valider(d -> d.putObject("handicap").put("precisions", "x".repeat(2001)))))
                .containsExactly("handicap.precisions:TAILLE");
    }

    @Test
    void une_commune_inconnue_ou_en_double_est_signalee_a_sa_place() {
        assertThat(erreurs(valider(d -> ((ArrayNode) d.at("/logementRecherche/communesSouhaitees"))
                .add("59350").add("00000")))).containsExactly(
                        "logementRecherche.communesSouhaitees[3]:DOUBLON",
                        "logementRecherche.communesSouhaitees[4]:COMMUNE_INCONNUE");
    }

    @Test
    void le_lien_au_demandeur_est_exige_des_co_demandeurs_seulement() {
        Resultat<ContenuValide> resultat = valider(d -> {
            ObjectNode co = d.putArray("coDemandeurs").addObject();
            co.put("civilite", "1").put("nomNaissance", "Martin").put("prenoms", "Paul")
                    .put("dateNaissance", "1985-01-02").put("sexe", "M").put("nationalite", "3")
                    .put("paysNaissance", "algérie");
            ((ObjectNode) d.get("demandeur")).put("lienDemandeur", "M");
            ((ObjectNode) d.get("logementRecherche")).put("nombrePersonnes", 3);
        });
        assertThat(erreurs(resultat)).containsExactlyInAnyOrder("coDemandeurs[0].lienDemandeur:OBLIGATOIRE",
                "demandeur.lienDemandeur:NON_APPLICABLE");

        ContenuValide couple = valide(valider(d -> {
            d.putArray("coDemandeurs").addObject().put("civilite", "1").put("nomNaissance", "Martin")
                    .put("prenoms", "Paul").put("dateNaissance", "1985-01-02").put("sexe", "M")
                    .put("nationalite", "3").put("paysNaissance", "algérie").put("lienDemandeur", "M");
            ((ObjectNode) d.get("logementRecherche")).put("nombrePersonnes", 3);
        }));
        assertThat(couple.coDemandeurs().getFirst().rubrique().paysNaissance()).isEqualTo("Algérie");
        assertThat(couple.adultes()).extracting(ContenuValide.Adulte::prenoms).containsExactly("Claire Hélène", "Paul");
    }

    @Test
    void le_logement_doit_accueillir_tout_le_menage() {
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("logementRecherche")).put("nombrePersonnes", 1))))
                .containsExactly("logementRecherche.nombrePersonnes:NOMBRE_PERSONNES_INCOHERENT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "belgique|Belgique", "BELGIQUE|Belgique", "  Belgique |Belgique", "côte d'ivoire|Côte d’Ivoire",
        "COTE D'IVOIRE|Côte d’Ivoire", "etats-unis|États-Unis", "99131|Belgique", "99350|Maroc"})
    void un_pays_de_naissance_se_donne_par_son_nom_et_se_garde_sous_le_nom_du_cog(String saisi, String garde) {
        ContenuValide contenu = valide(valider(d -> ((ObjectNode) d.get("demandeur")).put("paysNaissance", saisi)
                .remove("communeNaissance")));
        assertThat(contenu.document().demandeur().paysNaissance()).isEqualTo(garde);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BE|PAYS_CODE_ISO_REFUSE", "bel|PAYS_CODE_ISO_REFUSE", "MA|PAYS_CODE_ISO_REFUSE",
        "France|PAYS_FRANCE_REFUSE", "FRANCE|PAYS_FRANCE_REFUSE", "99100|PAYS_FRANCE_REFUSE",
        "République française|PAYS_FRANCE_REFUSE", "Guadeloupe|PAYS_FRANCE_REFUSE", "la réunion|PAYS_FRANCE_REFUSE",
        "Saint-Martin|PAYS_FRANCE_REFUSE", "Nouvelle-Calédonie|PAYS_FRANCE_REFUSE", "Atlantide|PAYS_INCONNU",
        "99999|PAYS_INCONNU"})
    void un_code_iso_la_france_et_l_outre_mer_sont_refuses_sur_chaque_champ_de_pays(String saisi, String code) {
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("demandeur")).put("paysNaissance", saisi)
                .remove("communeNaissance")))).containsExactly("demandeur.paysNaissance:" + code);
        assertThat(erreurs(valider(d -> d.putObject("adresse").put("voie", "1 rue").put("ville", "Ys")
                .put("pays", saisi)))).containsExactly("adresse.pays:" + code);
    }

    @Test
    void ne_en_france_le_pays_reste_vide_et_la_commune_dit_ou() {
        ContenuValide contenu = valide(valider(d -> ((ObjectNode) d.get("demandeur")).put("communeNaissance",
                "97105")));
        assertThat(contenu.document().demandeur().paysNaissance()).isNull();
        assertThat(contenu.document().demandeur().communeNaissance()).isEqualTo("97105");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("demandeur")).put("paysNaissance", "Maroc"))))
                .containsExactly("demandeur.communeNaissance:NON_APPLICABLE");
    }

    @Test
    void une_adresse_a_l_etranger_a_une_ville_et_un_pays_du_cog() {
        Resultat<ContenuValide> resultat = valider(d -> d.putObject("adresse").put("voie", "12 rue Hassan II")
                .put("ville", "Casablanca").put("pays", "MAROC"));
        assertThat(resultat.erreurs()).isEmpty();
        assertThat(valide(resultat).document().adresse().pays()).isEqualTo("Maroc");

        assertThat(erreurs(valider(d -> d.putObject("adresse").put("voie", "1 rue").put("ville", "Ys")
                .put("pays", "Atlantide")))).containsExactly("adresse.pays:PAYS_INCONNU");
    }

    @Test
    void le_code_postal_doit_etre_celui_de_la_commune() {
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("adresse")).put("codePostal", "62000"))))
                .containsExactly("adresse.codePostal:CODE_POSTAL_INCOHERENT");
    }

    static Resultat<ContenuValide> enregistrer(Consumer<ObjectNode> modification, String territoireGuichet) {
        return regles.verifier(saisie(modification), new CodeGuichet("G5901"), territoireGuichet, AUJOURDHUI);
    }

    @Test
    void a_l_enregistrement_la_date_de_depot_n_est_ni_future_ni_de_plus_d_un_mois() {
        assertThat(erreurs(enregistrer(d -> d.put("dateDepot", AUJOURDHUI.plusDays(1).toString()), "059")))
                .containsExactly("dateDepot:DATE_FUTURE");
        assertThat(erreurs(enregistrer(d -> d.put("dateDepot", AUJOURDHUI.minusMonths(1).minusDays(1).toString()),
                "059"))).containsExactly("dateDepot:DEPOT_TROP_ANCIEN");
        Resultat<ContenuValide> ilYaUnMois = enregistrer(d -> d.put("dateDepot",
                AUJOURDHUI.minusMonths(1).toString()), "059");
        assertThat(valide(ilYaUnMois).dateDepot()).isEqualTo(AUJOURDHUI.minusMonths(1));
    }

    @Test
    void une_date_de_depot_ancienne_est_une_regle_d_enregistrement_et_non_de_contenu() {
        assertThat(valide(valider(d -> d.put("dateDepot", "2020-01-01"))).dateDepot())
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void les_erreurs_de_date_et_de_contenu_sont_listees_ensemble() {
        assertThat(erreurs(enregistrer(d -> d.put("dateDepot", AUJOURDHUI.plusDays(1).toString())
                .put("precisions", "x".repeat(4001)), "059")))
                .containsExactlyInAnyOrder("dateDepot:DATE_FUTURE", "precisions:TAILLE");
    }

    @Test
    void un_guichet_n_enregistre_que_pour_son_territoire() {
        Resultat<ContenuValide> ailleurs = enregistrer(d -> { }, "062");
        assertThat(erreurs(ailleurs)).containsExactly("logementRecherche.communesSouhaitees:HORS_TERRITOIRE_GUICHET");
        assertThat(ailleurs.erreurs().getFirst().message()).contains("G5901", "062");
        assertThat(valide(enregistrer(d -> { }, "059")).territoire().code()).isEqualTo("059");
    }

    @Test
    void recevoir_les_informations_par_courriel_demande_une_adresse() {
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("contact")).remove("email"))))
                .containsExactly("contact.email:OBLIGATOIRE");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("contact")).put("email", "pas-une-adresse"))))
                .containsExactly("contact.email:EMAIL_INVALIDE");
    }

    @Test
    void les_codes_hors_nomenclature_sont_refuses_avec_les_valeurs_admises() {
        Resultat<ContenuValide> resultat = valider(d -> ((ArrayNode) d.at("/logementRecherche/typesLogement"))
                .add("T9"));
        assertThat(erreurs(resultat)).containsExactly("logementRecherche.typesLogement[2]:CODE_INCONNU");
        ErreurChamp erreur = resultat.erreurs().getFirst();
        assertThat(erreur.message()).contains("T1", "T6P");
    }

    @Test
    void une_entree_blanche_d_une_liste_est_une_erreur_du_champ() {
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("logementRecherche")).putArray("typesLogement")
                .add("  ").add("T2")))).containsExactly("logementRecherche.typesLogement[0]:OBLIGATOIRE");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("logementRecherche")).putArray("typesLogement")
                .add("")))).containsExactly("logementRecherche.typesLogement[0]:OBLIGATOIRE");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("logementRecherche")).putArray("communesSouhaitees")
                .add("59350").add("  ")))).containsExactly("logementRecherche.communesSouhaitees[1]:OBLIGATOIRE");
    }

    /** Every text of the sample, one at a time, with a NUL character (PostgreSQL refuses it): a field error. */
    @Test
    void un_caractere_de_controle_est_refuse_dans_tout_texte() {
        List<String> chemins = new java.util.ArrayList<>();
        fr.sne.commun.TexteSaisi.parcourir(JSON.treeToValue(exemple(), ContenuDemande.class),
                (chemin, valeur) -> chemins.add(chemin));
        assertThat(chemins).contains("adresse.voie", "demandeur.situationProfessionnelle.profession",
                "logementRecherche.typesLogement[1]");
        for (String chemin : chemins) {
            for (String interdit : List.of("\u0000", "\u001b", "\u007f", "\ud800", "\uffff", "\u202e", "\u2066",
                    "\u200f", "\u061c")) {
                Resultat<ContenuValide> resultat = valider(d -> remplacer(d, chemin, interdit));
                assertThat(erreurs(resultat)).as(chemin + " " + interdit).contains(chemin + ":CARACTERE_INTERDIT");
            }
        }
        assertThat(erreurs(valider(d -> d.put("precisions", "Ligne 1\r\n\tLigne 2")))).isEmpty();
    }

    @Test
    void chaque_texte_a_une_longueur_maximale() {
        assertThat(erreurs(valider(d -> ((ObjectNode) d.at("/demandeur/situationProfessionnelle"))
                .put("profession", "x".repeat(101))))).containsExactly(
                        "demandeur.situationProfessionnelle.profession:TAILLE");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.at("/demandeur/situationProfessionnelle"))
                .put("employeur", "x".repeat(1_000_000))))).containsExactly(
                        "demandeur.situationProfessionnelle.employeur:TAILLE");
        assertThat(erreurs(valider(d -> ((ObjectNode) d.get("adresse")).put("voie", "x".repeat(200))))).isEmpty();
        assertThat(erreurs(valider(d -> d.put("precisions", "x".repeat(4001))))).containsExactly("precisions:TAILLE");
        assertThat(LongueursTexte.longueurMax("handicap.precisions")).isEqualTo(2000);
        assertThat(LongueursTexte.longueurMax("logementRecherche.typesLogement[3]")).isEqualTo(30);
        assertThat(LongueursTexte.longueurMax("demandeur.nomNaissance")).isEqualTo(100);
    }

    /** Replaces the text at a path ("a.b[1].c") by itself with a character inserted in the middle. */
    private static void remplacer(ObjectNode racine, String chemin, String insere) {
        String pointeur = "/" + chemin.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
        int coupure = pointeur.lastIndexOf('/');
        tools.jackson.databind.JsonNode parent = racine.at(pointeur.substring(0, coupure));
        String cle = pointeur.substring(coupure + 1);
        String ancien = racine.at(pointeur).asString();
        String nouveau = ancien.substring(0, ancien.length() / 2) + insere + ancien.substring(ancien.length() / 2);
        if (parent instanceof ArrayNode tableau) {
            tableau.set(Integer.parseInt(cle), nouveau);
        } else {
            ((ObjectNode) parent).put(cle, nouveau);
        }
    }
}
