package fr.sne.portail.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;

/** The filing's answers read into the Cerfa's wire form and back (issue 18 §2, ADR 0028), without Spring. */
class QuestionnaireTest {

    /** Two communes named Lille and Saint-Denis twice, told apart by their postal code. */
    private static final Communes COMMUNES = new Communes() {
        @Override
        public Resolution adresse(String nom, String codePostal) {
            return souhaitee(nom + " " + codePostal);
        }

        @Override
        public Resolution souhaitee(String saisie) {
            String s = saisie.strip().toLowerCase(java.util.Locale.ROOT);
            if (s.startsWith("lille")) {
                return new Trouvee("59350");
            }
            if (s.equals("saint-denis 93200")) {
                return new Trouvee("93066");
            }
            if (s.startsWith("saint-denis")) {
                return new Ambigue();
            }
            return new Inconnue();
        }

        @Override
        public Optional<String> libelle(String code, boolean avecCodePostal) {
            return switch (code) {
                case "59350" -> Optional.of(avecCodePostal ? "Lille 59000" : "Lille");
                case "93066" -> Optional.of(avecCodePostal ? "Saint-Denis 93200" : "Saint-Denis");
                default -> Optional.empty();
            };
        }
    };

    private static Map<String, String> reponses() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("demandeur.prenoms", "Louise");
        r.put("demandeur.nomNaissance", "Martin");
        r.put("demandeur.dateNaissance", "12/04/1988");
        r.put("demandeur.sexe", "F");
        r.put("demandeur.ressourcesMensuelles[0].type", "SAL");
        r.put("demandeur.ressourcesMensuelles[0].montant", "1 350,25");
        r.put("demandeur.revenuFiscal.montantN1", "14500");
        r.put("adresse.codePostal", "59000");
        r.put("adresse.commune", "Lille");
        r.put("contact.consentementSms", "false");
        r.put("logementRecherche.typesLogement", "T2,T3,T2");
        r.put("logementRecherche.communesSouhaitees[0]", "Lille");
        r.put("logementRecherche.communesSouhaitees[2]", "Saint-Denis 93200");
        return r;
    }

    @Test
    void les_reponses_deviennent_la_forme_cerfa_avec_ce_qui_se_deduit() {
        Questionnaire.Lecture lecture = Questionnaire.lire(reponses(), Map.of(), COMMUNES, 2026);

        assertThat(lecture.erreurs()).isEmpty();
        Map<String, Object> c = lecture.contenu();
        assertThat(Questionnaire.valeurA(c, "demandeur.dateNaissance")).isEqualTo("1988-04-12");
        assertThat(Questionnaire.valeurA(c, "demandeur.civilite")).isEqualTo("2");
        assertThat(Questionnaire.valeurA(c, "demandeur.ressourcesMensuelles[0].montant"))
                .isEqualTo(new BigDecimal("1350.25"));
        assertThat(Questionnaire.valeurA(c, "demandeur.revenuFiscal.anneeN1")).isEqualTo(2025);
        assertThat(Questionnaire.valeurA(c, "adresse.commune")).isEqualTo("59350");
        assertThat(Questionnaire.valeurA(c, "contact.consentementSms")).isEqualTo(false);
        assertThat(Questionnaire.valeurA(c, "logementRecherche.typesLogement")).isEqualTo(List.of("T2", "T3"));
        // the commune left empty in the middle leaves no hole
        assertThat(Questionnaire.valeurA(c, "logementRecherche.communesSouhaitees"))
                .isEqualTo(List.of("59350", "93066"));
        assertThat(Questionnaire.valeurA(c, "logementRecherche.nombrePersonnes")).isEqualTo(1);
    }

    @Test
    void une_reponse_qui_n_est_pas_de_son_genre_est_une_erreur_de_sa_question_et_n_est_pas_envoyee() {
        Map<String, String> r = reponses();
        r.put("demandeur.dateNaissance", "le 12 avril");
        r.put("logementActuel.nombreOccupants", "trois");
        r.put("logementRecherche.communesSouhaitees[0]", "Saint-Denis");
        r.put("logementRecherche.communesSouhaitees[1]", "Atlantis");

        Questionnaire.Lecture lecture = Questionnaire.lire(r, Map.of(), COMMUNES, 2026);

        assertThat(lecture.erreurs()).extracting(ErreurChamp::champ, ErreurChamp::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("demandeur.dateNaissance", CodeMotif.FORMAT_INVALIDE.name()),
                org.assertj.core.groups.Tuple.tuple("logementActuel.nombreOccupants", CodeMotif.FORMAT_INVALIDE.name()),
                org.assertj.core.groups.Tuple.tuple("logementRecherche.communesSouhaitees[0]",
                        CodeMotif.COMMUNE_AMBIGUE.name()),
                org.assertj.core.groups.Tuple.tuple("logementRecherche.communesSouhaitees[1]",
                        CodeMotif.COMMUNE_INCONNUE.name()));
        assertThat(Questionnaire.valeurA(lecture.contenu(), "demandeur.dateNaissance")).isNull();
        assertThat(Questionnaire.valeurA(lecture.contenu(), "logementRecherche.communesSouhaitees"))
                .isEqualTo(List.of("93066"));
    }

    @Test
    void un_renouvellement_part_du_contenu_et_garde_ce_que_le_portail_ne_demande_pas() {
        Map<String, Object> base = new LinkedHashMap<>(Questionnaire.lire(reponses(), Map.of(), COMMUNES, 2026)
                .contenu());
        Questionnaire.placer(base, "demandeur.nir", "288045935012345");
        Questionnaire.placer(base, "personnesACharge[0].prenoms", "Léo");
        Questionnaire.placer(base, "motifs[1]", "13");

        Map<String, String> avant = Questionnaire.reponses(base, COMMUNES);
        assertThat(avant).containsEntry("adresse.commune", "Lille")
                .containsEntry("logementRecherche.communesSouhaitees[0]", "Lille 59000")
                .containsEntry("demandeur.ressourcesMensuelles[0].montant", "1350.25")
                .containsEntry("logementRecherche.typesLogement", "T2,T3");

        Map<String, String> apres = new LinkedHashMap<>(avant);
        apres.put("adresse.voie", "3 rue Neuve");
        apres.remove("contact.consentementSms");
        Questionnaire.Lecture lecture = Questionnaire.lire(apres, base, COMMUNES, 2026);

        assertThat(lecture.erreurs()).isEmpty();
        assertThat(Questionnaire.valeurA(lecture.contenu(), "demandeur.nir")).isEqualTo("288045935012345");
        assertThat(Questionnaire.valeurA(lecture.contenu(), "motifs")).isEqualTo(List.of("13"));
        assertThat(Questionnaire.valeurA(lecture.contenu(), "contact.consentementSms")).isNull();
        // the person in care counts among those to house
        assertThat(Questionnaire.valeurA(lecture.contenu(), "logementRecherche.nombrePersonnes")).isEqualTo(2);
        assertThat(Questionnaire.changees(avant, apres)).extracting(Question::nom)
                .containsExactly("adresse.voie", "contact.consentementSms");
    }

    @Test
    void une_erreur_du_registre_se_montre_sur_la_page_de_sa_question() {
        assertThat(Questionnaire.etapeDe("demandeur.dateNaissance")).isEqualTo(EtapeDepot.VOUS);
        assertThat(Questionnaire.etapeDe("demandeur.ressourcesMensuelles[0]")).isEqualTo(EtapeDepot.REVENUS);
        assertThat(Questionnaire.etapeDe("logementRecherche.communesSouhaitees")).isEqualTo(EtapeDepot.SOUHAIT);
        assertThat(Questionnaire.etapeDe("adresse")).isEqualTo(EtapeDepot.ADRESSE);
        assertThat(Questionnaire.etapeDe("logementRecherche.nombrePersonnes")).isEqualTo(EtapeDepot.VERIFICATION);
    }

    // --- the household (helper A, foyer) ------------------------------------------------------------------------

    private static Map<String, String> foyer() {
        Map<String, String> r = reponses();
        r.put("logementRecherche.categorie", "A");
        r.put(Questionnaire.CO_DEMANDEUR, "true");
        r.put("coDemandeurs[0].prenoms", "Karim");
        r.put("coDemandeurs[0].nomNaissance", "Benali");
        r.put("coDemandeurs[0].dateNaissance", "03/09/1986");
        r.put("coDemandeurs[0].sexe", "M");
        r.put("coDemandeurs[0].nationalite", "3");
        r.put("coDemandeurs[0].paysNaissance", "Algérie");
        r.put("coDemandeurs[0].lienDemandeur", "M");
        r.put("coDemandeurs[0].ressourcesMensuelles[0].type", "SAL");
        r.put("coDemandeurs[0].ressourcesMensuelles[0].montant", "1 100");
        r.put("coDemandeurs[0].revenuFiscal.montantN1", "12000");
        // the first place left empty, the second and the fourth answered
        r.put("personnesACharge[1].prenoms", "Léo");
        r.put("personnesACharge[1].nom", "Benali");
        r.put("personnesACharge[1].dateNaissance", "2015-06-01");
        r.put("personnesACharge[1].sexe", "M");
        r.put("personnesACharge[1].lienParente", "E");
        r.put("personnesACharge[3].prenoms", "Inès");
        r.put("personnesACharge[3].lienParente", "E");
        r.put("personnesACharge[4].prenoms", "  ");
        r.put("personnesANaitre.nombre", "1");
        r.put("personnesANaitre.dateNaissancePrevue", "15/03/2027");
        r.put("handicap.nombrePersonnes", "1");
        r.put("handicap.logementAdapteNecessaire", "true");
        r.put("handicap.precisions", "Pas de marches");
        return r;
    }

    @Test
    void le_foyer_se_lit_co_demandeur_personnes_sans_trou_naissances_et_handicap() {
        Questionnaire.Lecture lecture = Questionnaire.lire(foyer(), Map.of(), COMMUNES, 2026);

        assertThat(lecture.erreurs()).isEmpty();
        Map<String, Object> c = lecture.contenu();
        assertThat(Questionnaire.valeurA(c, "coDemandeurs[0].prenoms")).isEqualTo("Karim");
        assertThat(Questionnaire.valeurA(c, "coDemandeurs[0].dateNaissance")).isEqualTo("1986-09-03");
        assertThat(Questionnaire.valeurA(c, "coDemandeurs[0].civilite")).isEqualTo("1");
        assertThat(Questionnaire.valeurA(c, "coDemandeurs[0].paysNaissance")).isEqualTo("Algérie");
        assertThat(Questionnaire.valeurA(c, "coDemandeurs[0].revenuFiscal.anneeN1")).isEqualTo(2025);
        assertThat(Questionnaire.valeurA(c, "coDemandeurs[0].ressourcesMensuelles[0].montant"))
                .isEqualTo(new BigDecimal("1100"));
        // the portal's own question is no field of the Cerfa
        assertThat(c).doesNotContainKey("portail");
        // the places answered, in order, no hole, no blank place
        assertThat(Questionnaire.valeurA(c, "personnesACharge")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(Questionnaire.valeurA(c, "personnesACharge[0].prenoms")).isEqualTo("Léo");
        assertThat(Questionnaire.valeurA(c, "personnesACharge[0].dateNaissance")).isEqualTo("2015-06-01");
        assertThat(Questionnaire.valeurA(c, "personnesACharge[1].prenoms")).isEqualTo("Inès");
        assertThat(Questionnaire.valeurA(c, "personnesANaitre.nombre")).isEqualTo(1);
        assertThat(Questionnaire.valeurA(c, "personnesANaitre.dateNaissancePrevue")).isEqualTo("2027-03-15");
        assertThat(Questionnaire.valeurA(c, "handicap.logementAdapteNecessaire")).isEqualTo(true);
        assertThat(Questionnaire.valeurA(c, "handicap.nombrePersonnes")).isEqualTo(1);
        // the applicant, the co-demandeur, two persons in care, one birth
        assertThat(Questionnaire.valeurA(c, "logementRecherche.nombrePersonnes")).isEqualTo(5);
        assertThat(Questionnaire.parcours(foyer())).contains(EtapeDepot.CO_DEMANDEUR);
        assertThat(Questionnaire.suivante(EtapeDepot.FOYER, foyer())).isEqualTo(EtapeDepot.CO_DEMANDEUR);
    }

    @Test
    void sans_personne_qui_signe_le_bail_ses_reponses_sont_ignorees_et_sa_page_sautee() {
        Map<String, String> r = foyer();
        r.put(Questionnaire.CO_DEMANDEUR, "false");

        Questionnaire.Lecture lecture = Questionnaire.lire(r, Map.of(), COMMUNES, 2026);

        assertThat(Questionnaire.valeurA(lecture.contenu(), "coDemandeurs")).isNull();
        assertThat(Questionnaire.valeurA(lecture.contenu(), "logementRecherche.nombrePersonnes")).isEqualTo(4);
        assertThat(Questionnaire.parcours(r)).doesNotContain(EtapeDepot.CO_DEMANDEUR);
        assertThat(Questionnaire.suivante(EtapeDepot.FOYER, r)).isEqualTo(EtapeDepot.PERSONNES);
        assertThat(Questionnaire.precedente(EtapeDepot.PERSONNES, r)).isEqualTo(EtapeDepot.FOYER);
        // announced but left empty: an empty co-demandeur, so that the registry says what his page lacks
        Map<String, String> vide = reponses();
        vide.put(Questionnaire.CO_DEMANDEUR, "true");
        assertThat(Questionnaire.valeurA(Questionnaire.lire(vide, Map.of(), COMMUNES, 2026).contenu(),
                "coDemandeurs")).isEqualTo(List.of(Map.of()));
    }

    @Test
    void une_erreur_du_registre_sur_une_personne_tombe_sur_la_place_ou_elle_a_ete_ecrite() {
        Map<String, String> r = foyer();
        r.put("personnesACharge[3].dateNaissance", "le 2 mai");

        Questionnaire.Lecture lecture = Questionnaire.lire(r, Map.of(), COMMUNES, 2026);
        // a date not understood: on its own place
        assertThat(lecture.erreurs()).extracting(ErreurChamp::champ)
                .containsExactly("personnesACharge[3].dateNaissance");

        // the registry numbers what it was sent: its second person is the fourth place
        List<ErreurChamp> registre = List.of(
                new ErreurChamp("personnesACharge[1].nom", CodeMotif.OBLIGATOIRE, "Obligatoire."),
                new ErreurChamp("personnesACharge[0]", CodeMotif.OBLIGATOIRE, "Obligatoire."),
                new ErreurChamp("coDemandeurs[0].nomNaissance", CodeMotif.OBLIGATOIRE, "Obligatoire."),
                new ErreurChamp("personnesACharge[7].nom", CodeMotif.OBLIGATOIRE, "Obligatoire."));
        assertThat(Questionnaire.surLesPlaces(registre, r)).extracting(ErreurChamp::champ).containsExactly(
                "personnesACharge[3].nom", "personnesACharge[1]", "coDemandeurs[0].nomNaissance",
                "personnesACharge[7].nom");
        assertThat(Questionnaire.etapeDe("personnesACharge[3].nom")).isEqualTo(EtapeDepot.PERSONNES);
        assertThat(Questionnaire.etapeDe("coDemandeurs[0].nomNaissance")).isEqualTo(EtapeDepot.CO_DEMANDEUR);
        assertThat(Questionnaire.etapeDe("coDemandeurs[0]")).isEqualTo(EtapeDepot.CO_DEMANDEUR);
        assertThat(Questionnaire.etapeDe("handicap.nombrePersonnes")).isEqualTo(EtapeDepot.PERSONNES);
    }

    @Test
    void le_foyer_revient_en_reponses_et_un_renouvellement_garde_ce_que_le_portail_ne_demande_pas() {
        Map<String, Object> base = new LinkedHashMap<>(Questionnaire.lire(foyer(), Map.of(), COMMUNES, 2026)
                .contenu());
        Questionnaire.placer(base, "coDemandeurs[0].nir", "186099935012345");
        Questionnaire.placer(base, "personnesACharge[1].ressourcesMensuelles[0].type", "AF");

        Map<String, String> avant = Questionnaire.reponses(base, COMMUNES);
        assertThat(avant).containsEntry(Questionnaire.CO_DEMANDEUR, "true")
                .containsEntry("coDemandeurs[0].dateNaissance", "1986-09-03")
                .containsEntry("personnesACharge[0].prenoms", "Léo")
                .containsEntry("personnesACharge[1].prenoms", "Inès")
                .containsEntry("handicap.precisions", "Pas de marches")
                .doesNotContainKey("personnesACharge[2].prenoms");
        // the civil status of both adults is shown, not asked, and so is the answer that there are two
        assertThat(Questionnaire.etatCivilEnLecture(base)).contains("coDemandeurs[0].dateNaissance",
                "demandeur.prenoms", Questionnaire.CO_DEMANDEUR);
        assertThat(Questionnaire.etatCivilEnLecture(Questionnaire.lire(reponses(), Map.of(), COMMUNES, 2026)
                .contenu())).containsExactly("demandeur.prenoms", "demandeur.nomNaissance", "demandeur.dateNaissance");

        // Léo's place emptied: Inès moves up, her resources (not asked) stay hers
        Map<String, String> apres = new LinkedHashMap<>(avant);
        apres.keySet().removeIf(k -> k.startsWith("personnesACharge[0]."));
        Questionnaire.Lecture lecture = Questionnaire.lire(apres, base, COMMUNES, 2026);

        assertThat(lecture.erreurs()).isEmpty();
        assertThat(Questionnaire.valeurA(lecture.contenu(), "coDemandeurs[0].nir")).isEqualTo("186099935012345");
        assertThat(Questionnaire.valeurA(lecture.contenu(), "personnesACharge")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
        assertThat(Questionnaire.valeurA(lecture.contenu(), "personnesACharge[0].prenoms")).isEqualTo("Inès");
        assertThat(Questionnaire.valeurA(lecture.contenu(), "personnesACharge[0].ressourcesMensuelles[0].type"))
                .isEqualTo("AF");
        assertThat(Questionnaire.valeurA(lecture.contenu(), "logementRecherche.nombrePersonnes")).isEqualTo(4);
    }

    @Test
    void une_saisie_hostile_du_foyer_n_ouvre_ni_co_demandeur_ni_place_de_plus() {
        Map<String, String> r = foyer();
        // an answer to the yes/no that is neither: no co-demandeur (his answers are not read)
        r.put(Questionnaire.CO_DEMANDEUR, "oui<script>");
        // a place beyond the six, and a path of the wire form no question names: nothing of them is read
        r.put("personnesACharge[6].prenoms", "Septième");
        r.put("personnesACharge[99].nom", "Intrus");
        r.put("coDemandeurs[1].prenoms", "Second");
        r.put("demandeur.nir", "188888888888888");

        Questionnaire.Lecture lecture = Questionnaire.lire(r, Map.of(), COMMUNES, 2026);

        assertThat(Questionnaire.valeurA(lecture.contenu(), "coDemandeurs")).isNull();
        assertThat(Questionnaire.valeurA(lecture.contenu(), "personnesACharge"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(Questionnaire.valeurA(lecture.contenu(), "demandeur.nir")).isNull();
        assertThat(lecture.contenu().toString()).doesNotContain("Septième").doesNotContain("Intrus")
                .doesNotContain("Second").doesNotContain("script");
        assertThat(Questionnaire.placesRemplies(r)).containsExactly(1, 3);
    }
}
