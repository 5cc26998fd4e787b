package fr.sne.demande.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.demande.application.VersionPerimeeException;

/**
 * The errors of a form as the DSFR shows them: a summary at the top (each message a link to its field) and the
 * message under each field. A field's id is its name with dots turned into dashes
 * ({@code attribution.contingent} → {@code attribution-contingent}).
 *
 * @param parChamp the first message of each field, by field name
 * @param resume   every message of the summary, with the id of the field it links to
 */
public record ErreursFormulaire(Map<String, String> parChamp, List<Lien> resume) {

    /** A line of the summary. */
    public record Lien(String id, String message) {
    }

    static final ErreursFormulaire AUCUNE = new ErreursFormulaire(Map.of(), List.of());

    /** The id of the form of an action on a demande's page: a refusal of the whole form links to it. */
    static final String FORMULAIRE_ACTION = "formulaire-action";

    private static final String VERSION_PERIMEE = "La demande a changé depuis que vous l'avez affichée (quelqu'un "
            + "d'autre l'a modifiée) : rien n'a été enregistré. Vérifiez son état ci-dessous, puis confirmez de "
            + "nouveau si l'action est toujours à faire.";

    /** A refused action on a demande, as its page shows it again: the form's errors and the page's status. */
    record Refus(ErreursFormulaire erreurs, HttpStatus statut) {
    }

    /**
     * The one reading of a refused action on a demande (renewal, radiation, reactivation, warning, separation):
     * invalid data (422) as {@code champs} lays them out on the form; a form drawn from a version that changed
     * since (409) and a refusal of the demande's state (409) as a message about the whole form. Any other
     * exception is not a refusal and goes on.
     */
    static Refus refus(RuntimeException e, Function<List<ErreurChamp>, ErreursFormulaire> champs) {
        return switch (e) {
            case DonneesInvalidesException invalides ->
                new Refus(champs.apply(invalides.erreurs()), HttpStatus.UNPROCESSABLE_CONTENT);
            case VersionPerimeeException perimee ->
                new Refus(globale(FORMULAIRE_ACTION, VERSION_PERIMEE), HttpStatus.CONFLICT);
            case ConflitException conflit -> new Refus(globale(FORMULAIRE_ACTION, conflit.getMessage()),
                    HttpStatus.CONFLICT);
            default -> throw e;
        };
    }

    static ErreursFormulaire de(List<ErreurChamp> erreurs) {
        Map<String, String> parChamp = new LinkedHashMap<>();
        for (ErreurChamp erreur : erreurs) {
            parChamp.putIfAbsent(erreur.champ(), erreur.message());
        }
        return new ErreursFormulaire(parChamp, erreurs.stream()
                .map(e -> new Lien(id(e.champ()), e.message())).toList());
    }

    /**
     * Field errors as an action form shows them: under the fields it has (named by {@code libelles}, field →
     * label), the summary naming each field ("Ce champ est obligatoire." alone would not say which); an error on a
     * field the form has not (e.g. the other demande's content) in the summary, linked to the form.
     */
    static ErreursFormulaire parChamps(List<ErreurChamp> erreurs, Map<String, String> libelles) {
        Map<String, String> parChamp = new LinkedHashMap<>();
        List<Lien> resume = new java.util.ArrayList<>();
        for (ErreurChamp erreur : erreurs) {
            String libelle = libelles.get(erreur.champ());
            if (libelle != null) {
                parChamp.putIfAbsent(erreur.champ(), erreur.message());
                resume.add(new Lien(id(erreur.champ()), libelle + " : " + erreur.message()));
            } else {
                resume.add(new Lien(FORMULAIRE_ACTION, erreur.message()));
            }
        }
        return new ErreursFormulaire(parChamp, resume);
    }

    /** A message about the whole form (a refusal of the demande's state), linked to the form itself. */
    static ErreursFormulaire globale(String idFormulaire, String message) {
        return new ErreursFormulaire(Map.of(), List.of(new Lien(idFormulaire, message)));
    }

    static String id(String champ) {
        return champ.replace('.', '-');
    }

    public boolean presentes() {
        return !resume.isEmpty();
    }

    public boolean sur(String champ) {
        return parChamp.containsKey(champ);
    }

    public String message(String champ) {
        return parChamp.getOrDefault(champ, "");
    }
}
