package fr.sne.demande.web.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.NormalisationTexte;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.formulaire.Option;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * What the registration and the modification of a demande share in their Cerfa steps: the step's page (its
 * values as the draft holds them, its errors, the code lists), the merge of a step's form into the draft, the
 * errors to show (values not even of their field's type first), and the commune fields typed as a name or a code.
 */
@Component
class PagesEtapes {

    /** Dates as a French desk types them (the form also reads ISO dates). */
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/uuuu");
    private static final Pattern CODE_COMMUNE = Pattern.compile("(?:^|[\\s(])([0-9][0-9AB][0-9]{3})\\)?$");
    private static final List<String> LISTES = List.of("ListeCivilite", "ListeSexe", "ListeNationalite",
            "ListeSituationFamiliale", "ListeLienDemandeur", "ListeLienParente", "ListeTypeContratTravail",
            "ListeRessourceRecue", "ListeModeleLogement", "ListeMotifDemande", "ListeTypeLogement",
            "ListeCategorieLogementRecherche");

    /** The choices of a yes-or-no question, sent as the boolean they stand for. */
    private static final List<Option> OUI_NON = List.of(Option.de("true", "Oui"), Option.de("false", "Non"));

    private final ReferentielGeographique geographie;
    private final Nomenclatures nomenclatures;
    /** The countries a field offers (ADR 0019): the current ones of the COG but France, by name in French order. */
    private final List<Option> pays;

    PagesEtapes(ReferentielGeographique geographie, Nomenclatures nomenclatures, ReferentielPays referentielPays) {
        this.geographie = geographie;
        this.nomenclatures = nomenclatures;
        this.pays = referentielPays.tous().stream().filter(p -> p.actuel() && !p.estFrance())
                .sorted(Comparator.comparing(Pays::nom, Collator.getInstance(Locale.FRENCH)))
                .map(p -> Option.de(p.nom(), p.nom())).toList();
    }

    /**
     * The countries of a step's page: the referential's, and first, for a field whose stored value is not among
     * them (a former country's name kept from the API), that value, so that passing through the step keeps it.
     */
    record ChoixPays(List<Option> referentiel, Map<String, String> valeurs) {

        public List<Option> options(String chemin) {
            String valeur = valeurs.get(chemin);
            if (valeur == null || valeur.isBlank() || referentiel.stream().anyMatch(o -> o.valeur().equals(valeur))) {
                return referentiel;
            }
            List<Option> options = new ArrayList<>();
            options.add(Option.de(valeur, valeur + " (hors de la liste actuelle du COG)"));
            options.addAll(referentiel);
            return options;
        }
    }

    /**
     * Fills the model of a step's page ({@code demande/enregistrement/etape}): the values ({@code f}), the errors as
     * the form kit shows them ({@code erreurs}, see {@link VueFormulaire#formulaire}), the code lists as options.
     *
     * @param racine the address of the draft, under which its steps are ({@code racine + "/etapes/" + chemin})
     */
    String page(Brouillon brouillon, EtapeCerfa etape, List<ErreurChamp> erreurs, String racine, Model modele) {
        Map<String, String> valeurs = new LinkedHashMap<>(FormulaireCerfa.aplatir(brouillon.contenu()));
        valeurs.replaceAll((chemin, valeur) -> FormulaireCerfa.estCommune(chemin) ? libelleCommune(valeur)
                : FormulaireCerfa.type(chemin) == java.time.LocalDate.class
                        ? java.time.LocalDate.parse(valeur).format(DATE) : valeur);
        valeurs.putAll(brouillon.saisiesBrutes());
        Map<String, List<Option>> listes = new LinkedHashMap<>();
        LISTES.forEach(liste -> listes.put(liste, nomenclatures.liste(liste).entrySet().stream()
                .map(code -> Option.de(code.getKey(), code.getValue())).toList()));
        modele.addAttribute("id", brouillon.id());
        modele.addAttribute("etape", etape);
        modele.addAttribute("etapes", List.of(EtapeCerfa.values()));
        modele.addAttribute("f", new VueFormulaire(valeurs));
        modele.addAttribute("erreurs", VueFormulaire.formulaire(etape, racine).erreurs(erreurs));
        modele.addAttribute("ouiNon", OUI_NON);
        modele.addAttribute("listes", listes);
        modele.addAttribute("pays", new ChoixPays(pays, valeurs));
        modele.addAttribute("racine", racine);
        modele.addAttribute("action", racine + "/etapes/" + etape.chemin());
        return "demande/enregistrement/etape";
    }

    /**
     * The draft's content with the step's form merged in, commune fields resolved in the actor's territory. A
     * modification draft keeps the fields of the step that the form does not show
     * ({@link FormulaireCerfa#fusionnerSansPerte}): its content came from a registered demande, not from this form.
     */
    FormulaireCerfa.Fusion fusionner(Brouillon brouillon, EtapeCerfa etape, Map<String, String[]> formulaire,
            Acteur acteur) {
        String territoire = acteur.territoires().size() == 1 ? acteur.territoires().iterator().next() : null;
        java.util.function.UnaryOperator<String> communes = texte -> resoudreCommune(texte, territoire);
        return brouillon.estModification()
                ? FormulaireCerfa.fusionnerSansPerte(brouillon.contenu(), brouillon.saisiesBrutes(), etape,
                        formulaire, communes)
                : FormulaireCerfa.fusionner(brouillon.contenu(), brouillon.saisiesBrutes(), etape, formulaire,
                        communes);
    }

    /**
     * The errors to show: those of the values kept as typed first (not even of their field's type, or an amount
     * out of {@code RegleMontant}: their field's own content error, "obligatoire", would be misleading), then
     * those of the rules, commune fields explained.
     */
    List<ErreurChamp> erreurs(Brouillon brouillon, List<ErreurChamp> regles) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        // a number read but refused as an amount is said as the API says it; anything else is not of its type
        brouillon.saisiesBrutes().forEach((chemin, texte) -> erreurs.add(
                FormulaireCerfa.type(chemin) == java.math.BigDecimal.class && FormulaireCerfa.montant(texte) != null
                        ? ErreurChamp.de(chemin, CodeMotif.MONTANT_INVALIDE)
                        : new ErreurChamp(chemin, CodeMotif.FORMAT_INVALIDE, formatAttendu(chemin))));
        for (ErreurChamp erreur : regles) {
            if (brouillon.saisiesBrutes().containsKey(erreur.champ())) {
                continue;
            }
            if (CodeMotif.COMMUNE_INCONNUE.name().equals(erreur.code()) && FormulaireCerfa.estCommune(erreur.champ())) {
                erreurs.add(new ErreurChamp(erreur.champ(), erreur.code(), "Aucune commune ne correspond à ce qui a "
                        + "été saisi : choisissez une commune parmi les suggestions, ou saisissez son code INSEE."));
            } else {
                erreurs.add(erreur);
            }
        }
        return erreurs;
    }

    private static String formatAttendu(String chemin) {
        Class<?> type = FormulaireCerfa.type(chemin);
        if (type == java.time.LocalDate.class) {
            return "Date attendue, au format JJ/MM/AAAA.";
        }
        if (type == Integer.class) {
            return "Nombre entier attendu.";
        }
        if (type == java.math.BigDecimal.class) {
            return "Montant attendu, en euros (par exemple 1520,50).";
        }
        return "Valeur non reconnue.";
    }

    /** What was typed in a commune field, as its INSEE code when it designates one commune; else as typed. */
    String resoudreCommune(String texte, @Nullable String territoire) {
        String t = texte.strip();
        Matcher code = CODE_COMMUNE.matcher(t);
        if (code.find() && geographie.commune(code.group(1)).isPresent()) {
            return code.group(1);
        }
        String cle = NormalisationTexte.ascii(t);
        List<Commune> memeNom = geographie.rechercherCommunes(t, null, 50).stream()
                .filter(c -> NormalisationTexte.ascii(c.nom()).equals(cle)).toList();
        if (memeNom.size() > 1 && territoire != null) {
            memeNom = memeNom.stream().filter(c -> geographie.territoireDeCommune(c).code().equals(territoire))
                    .toList();
        }
        return memeNom.size() == 1 ? memeNom.getFirst().code() : t;
    }

    /** "59350" → "Lille (59350)"; a text that is no code stays as typed. */
    String libelleCommune(String valeur) {
        Optional<Commune> commune = geographie.commune(valeur);
        return commune.isPresent() && commune.get().code().equals(valeur.strip())
                ? commune.get().nom() + " (" + commune.get().code() + ")" : valeur;
    }
}
