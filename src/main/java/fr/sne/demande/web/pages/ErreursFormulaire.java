package fr.sne.demande.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.sne.commun.ErreurChamp;

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

    static ErreursFormulaire de(List<ErreurChamp> erreurs) {
        Map<String, String> parChamp = new LinkedHashMap<>();
        for (ErreurChamp erreur : erreurs) {
            parChamp.putIfAbsent(erreur.champ(), erreur.message());
        }
        return new ErreursFormulaire(parChamp, erreurs.stream()
                .map(e -> new Lien(id(e.champ()), e.message())).toList());
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
