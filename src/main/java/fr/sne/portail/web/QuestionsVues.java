package fr.sne.portail.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fr.sne.commun.ErreurChamp;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.portail.domaine.EtapeDepot;
import fr.sne.portail.domaine.Question;
import fr.sne.portail.domaine.Questionnaire;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielPays;

/**
 * The questions of the filing, of a renewal and of a modification as the portal's pages show them, in the
 * applicant's language (bundle keys {@code depot.question.<id>}, {@code depot.aide.<id>},
 * {@code depot.liste.<list>.<code>}; a code without a translation keeps the registry's French label), and the
 * registry's errors as plain sentences ({@code depot.erreur.<CODE>}, the question named in them), never its codes.
 */
@Component
class QuestionsVues {

    /** The fields of the portal's pages that are no question of the Cerfa. */
    private static final java.util.Set<String> CHAMPS_DU_PORTAIL = java.util.Set.of("confirmation");

    /** A list of at most this many choices is asked with radio buttons, a longer one with a select. */
    private static final int RADIOS_JUSQU_A = 4;

    private final MessageSource textes;
    private final Nomenclatures nomenclatures;
    private final List<Pays> pays;

    QuestionsVues(MessageSource textes, Nomenclatures nomenclatures, ReferentielPays referentielPays) {
        this.textes = textes;
        this.nomenclatures = nomenclatures;
        this.pays = referentielPays.tous().stream().filter(p -> p.actuel() && !p.estFrance())
                .sorted(Comparator.comparing(Pays::nom, Collator.getInstance(Locale.FRENCH))).toList();
    }

    /**
     * A question on its page.
     *
     * @param forme    how the page asks it: texte, date, email, tel, nombre, radios, liste, cases, lecture (shown
     *                 but not changed: the civil status in a renewal)
     * @param valeurs  the codes ticked, for several boxes
     */
    public record Champ(String nom, String id, String libelle, @Nullable String aide, String forme,
            @Nullable String valeur, List<String> valeurs, List<Option> options, @Nullable String autocomplete,
            @Nullable String groupe) {
    }

    /**
     * Questions asked together under a legend (a person in care's place, the births, a handicap), or, legend
     * null, questions asked each on its own.
     */
    public record Groupe(@Nullable String legende, String id, List<Champ> champs) {
    }

    /**
     * @param enLecture the questions shown but not changed (the civil status of the demande's adults in a
     *                  renewal; none in a filing)
     */
    List<Champ> champs(EtapeDepot etape, Map<String, String> reponses, java.util.Collection<String> enLecture) {
        return champs(Questionnaire.de(etape), reponses, enLecture);
    }

    List<Champ> champs(List<Question> questions, Map<String, String> reponses, java.util.Collection<String> enLecture) {
        List<Champ> champs = new ArrayList<>();
        for (Question q : questions) {
            String valeur = reponses.get(q.nom());
            String forme = enLecture.contains(q.nom()) ? "lecture" : forme(q);
            List<String> valeurs = valeur == null || valeur.isBlank() ? List.of()
                    : Arrays.stream(valeur.split(",")).map(String::strip).toList();
            champs.add(new Champ(q.nom(), q.id(), libelle(q), texte("depot.aide." + q.cle()), forme,
                    "lecture".equals(forme) ? affichage(q, valeur) : valeur, valeurs, options(q),
                    AUTOCOMPLETE.get(q.nom()), groupe(q)));
        }
        return champs;
    }

    /** The questions of a page in their groups, in order. */
    List<Groupe> groupes(List<Champ> champs) {
        List<Groupe> groupes = new ArrayList<>();
        for (Champ c : champs) {
            Groupe dernier = groupes.isEmpty() ? null : groupes.getLast();
            if (dernier != null && java.util.Objects.equals(dernier.legende(), c.groupe())) {
                dernier.champs().add(c);
            } else {
                List<Champ> dedans = new ArrayList<>();
                dedans.add(c);
                groupes.add(new Groupe(c.groupe(), "groupe-" + c.id(), dedans));
            }
        }
        return groupes;
    }

    /** The legend a question is asked under, if any. */
    @Nullable String groupe(Question q) {
        if (q.place() >= 0) {
            return texteAvec("depot.groupe.personne", q.place() + 1);
        }
        if (q.nom().startsWith("personnesANaitre.")) {
            return texte("depot.groupe.naissances", "Naissances");
        }
        if (q.nom().startsWith("handicap.")) {
            return texte("depot.groupe.handicap", "Handicap");
        }
        return null;
    }

    /** A question's label with its group's legend, where it is read alone (an error, the summary). */
    String libelleComplet(Question q) {
        String groupe = q.nom().startsWith("coDemandeurs[") ? texte("depot.groupe.co-demandeur", "Co-demandeur")
                : groupe(q);
        return groupe == null ? libelle(q) : texteAvec("depot.groupe.question", groupe, libelle(q));
    }

    private static final Map<String, String> AUTOCOMPLETE = Map.of("demandeur.prenoms", "given-name",
            "demandeur.nomNaissance", "family-name", "demandeur.dateNaissance", "bday", "contact.email", "email",
            "contact.telephone", "tel", "adresse.voie", "address-line1", "adresse.complement", "address-line2",
            "adresse.codePostal", "postal-code", "adresse.commune", "address-level2");

    private String forme(Question q) {
        return switch (q.nature()) {
            case TEXTE, COMMUNE, COMMUNE_ADRESSE -> "texte";
            case COURRIEL -> "email";
            case TELEPHONE -> "tel";
            case DATE -> "date";
            case ENTIER, MONTANT -> "nombre";
            case OUI_NON -> "radios";
            case CHOIX -> options(q).size() <= RADIOS_JUSQU_A ? "radios" : "liste";
            case CASES -> "cases";
            case PAYS -> "liste";
        };
    }

    String libelle(Question q) {
        return textes.getMessage("depot.question." + q.cle(), null, q.nom(), langue());
    }

    /** An answer as the summary shows it: the label of a code, yes or no, a country, as typed otherwise. */
    String affichage(Question q, @Nullable String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return q.nature() == Question.Nature.PAYS ? texte("depot.pays.france", "France")
                    : texte("depot.sans-reponse", "—");
        }
        return switch (q.nature()) {
            case CHOIX, OUI_NON -> options(q).stream().filter(o -> o.valeur().equals(valeur)).map(Option::libelle)
                    .findFirst().orElse(valeur);
            case CASES -> String.join(", ", Arrays.stream(valeur.split(",")).map(String::strip)
                    .map(code -> options(q).stream().filter(o -> o.valeur().equals(code)).map(Option::libelle)
                            .findFirst().orElse(code)).toList());
            case DATE -> dateLisible(valeur);
            default -> valeur;
        };
    }

    private static String dateLisible(String valeur) {
        try {
            return java.time.LocalDate.parse(valeur).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        } catch (java.time.format.DateTimeParseException e) {
            return valeur;
        }
    }

    List<Option> options(Question q) {
        if (q.nature() == Question.Nature.OUI_NON) {
            return List.of(Option.de("true", texte("depot.oui", "Oui")), Option.de("false", texte("depot.non", "Non")));
        }
        if (q.nature() == Question.Nature.PAYS) {
            List<Option> options = new ArrayList<>();
            options.add(Option.de("", texte("depot.pays.france", "France")));
            pays.forEach(p -> options.add(Option.de(p.nom(), p.nom())));
            return options;
        }
        if (q.liste() == null) {
            return List.of();
        }
        String liste = q.liste();
        List<Option> options = new ArrayList<>();
        nomenclatures.liste(liste).forEach((code, libelle) -> options.add(Option.de(code,
                textes.getMessage("depot.liste." + liste + "." + code, null, libelle, langue()))));
        return options;
    }

    /**
     * The errors of a page as the form kit shows them: under each question its first error, a sentence of the
     * bundle naming the question; in the summary, a link to the question, on this page or on the page that asks
     * it ({@code page} then gives its address).
     *
     * @param adressePage the address of a question's page, or null when every error is shown on this page
     */
    ErreursFormulaire erreurs(List<ErreurChamp> erreurs, java.util.function.@Nullable Function<EtapeDepot, String> adressePage,
            @Nullable EtapeDepot cettePage) {
        Map<String, ErreursFormulaire.Erreur> parChamp = new LinkedHashMap<>();
        List<ErreursFormulaire.Lien> resume = new ArrayList<>();
        for (ErreurChamp e : erreurs) {
            var question = Questionnaire.questionDe(e.champ());
            String nom = question.map(Question::nom).orElse(e.champ());
            // the portal's own fields (the confirmation box) carry the portal's sentence already
            String phrase = CHAMPS_DU_PORTAIL.contains(e.champ()) ? e.message()
                    : phrase(e.code(), question.map(this::libelleComplet).orElse(null));
            if (parChamp.containsKey(nom)) {
                continue;
            }
            parChamp.put(nom, new ErreursFormulaire.Erreur(e.code(), phrase));
            EtapeDepot etape = Questionnaire.etapeDe(e.champ());
            String page = adressePage == null || etape == cettePage ? null : adressePage.apply(etape);
            resume.add(new ErreursFormulaire.Lien(ErreursFormulaire.idDe(nom), phrase, page));
        }
        return new ErreursFormulaire(parChamp, resume);
    }

    /** The sentence of an error's code, naming the question when there is one. */
    String phrase(String code, @Nullable String question) {
        String generique = textes.getMessage("depot.erreur.autre", new Object[] {question == null ? "" : question},
                "", langue());
        return textes.getMessage("depot.erreur." + code, new Object[] {question == null ? "" : question},
                generique, langue());
    }

    /** The sentence of a refusal of the registry (a conflict), from its code. */
    String refus(String code) {
        return textes.getMessage("depot.refus." + code, null,
                textes.getMessage("depot.refus.autre", null, "", langue()), langue());
    }

    @Nullable String texte(String cle) {
        return textes.getMessage(cle, null, null, langue());
    }

    String texte(String cle, String parDefaut) {
        return textes.getMessage(cle, null, parDefaut, langue());
    }

    String texteAvec(String cle, Object... arguments) {
        return textes.getMessage(cle, arguments, cle, langue());
    }

    private static Locale langue() {
        return LocaleContextHolder.getLocale();
    }
}
